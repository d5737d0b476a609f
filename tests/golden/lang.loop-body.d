/* What a loop body can do: string functions (their own loops, nested in
 * the body's), aggregations, clause-local and thread-local variables,
 * kernel pointers; and loops in a predicate's clause */
#pragma D option quiet

BEGIN
{
	for (i = 0; i < 3; i++) {
		for (j = 0; j < 3; j++)
			printf("%s ", toupper(substr("abcdef", i + j, 2)));
		printf("\n");
	}
	s = "";
	for (i = 0; i < 6; i++)
		s = strjoin(s, lltostr(i * i));
	printf("s=%s len=%d\n", s, strlen(s));
	t = "a,b,,c";
	for (tok = strtok(t, ","); tok != ""; tok = strtok(NULL, ","))
		printf("[%s]", tok);
	printf("\n");
}

BEGIN
{
	for (i = 1; i <= 64; i++) {
		@q = quantize(i);
		@c[i % 3] = count();
		@s = sum(i);
	}
}

BEGIN
/1/
{
	/* walk up the parents of dtrace's thread; the walk ends at a task
	 * without a parent of its own (pid 0 or 1) */
	this->t = curthread;
	for (depth = 0; depth < 64 && this->t->pid > 1; depth++)
		this->t = this->t->real_parent;
	printf("walked %s\n", depth >= 1 ? "up" : "nowhere");
	self->x = 1;
	while (self->x < 1000)
		self->x *= 2;
	printf("self->x=%d\n", self->x);
	exit(0);
}
