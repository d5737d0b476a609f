/* for and while loops (a D extension): counts in every direction, steps,
 * conditions that are false at once, break, continue, nesting, and the
 * variable's value after the loop */
#pragma D option quiet

int64_t total;

BEGIN
{
	for (i = 0; i < 4; i++)
		printf("%d ", i);
	printf("| after: %d\n", i);
	for (i = 3; i >= 0; i--)
		printf("%d ", i);
	printf("| after: %d\n", i);
	for (i = 10; i > 0; i -= 3)
		printf("%d ", i);
	printf("|\n");
	for (i = 1; i <= 100; i *= 10)
		printf("%d ", i);
	printf("|\n");
	for (i = 0; i != 12; i += 4)
		printf("%d ", i);
	printf("|\n");
	for (i = 5; i < 5; i++)
		printf("never ");
	printf("empty: %d\n", i);

	/* while, with this-> and self-> variables */
	this->n = 3;
	while (this->n > 0) {
		printf("n=%d ", this->n);
		this->n--;
	}
	printf("|\n");
	self->s = 0;
	while (self->s < 100)
		self->s += 7;
	printf("self->s=%d\n", self->s);

	/* for (;;) ends only by break; continue skips the rest of the body
	 * but not the step */
	j = 0;
	for (;;) {
		j++;
		if (j % 2 == 0)
			continue;
		if (j > 7)
			break;
		printf("odd %d ", j);
	}
	printf("| j=%d\n", j);
	for (i = 0; i < 5; i++) {
		if (i == 1)
			continue;
		if (i == 3)
			break;
		printf("i=%d ", i);
	}
	printf("| i=%d\n", i);

	/* nested: break and continue apply to the innermost loop */
	for (i = 0; i < 3; i++) {
		for (j = 0; j < 10; j++) {
			if (j == i)
				continue;
			if (j > 2)
				break;
			printf("%d%d ", i, j);
		}
		printf("/ ");
	}
	printf("\n");

	/* a sum over 100,000 iterations: the count is known, so it is the
	 * bound, not loopmax */
	total = 0;
	for (k = 1; k <= 100000; k++)
		total += k;
	printf("total=%d\n", total);
	exit(0);
}
