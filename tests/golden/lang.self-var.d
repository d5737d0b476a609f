/* thread-local variables: unset reads 0, set in one clause and read in a
   later clause of the same probe (same thread) */
#pragma D option quiet

self int unset;

BEGIN
{
	printf("%d\n", self->unset);
	self->n = 5;
	self->name = "thread";
}

BEGIN
{
	self->n *= 2;
	printf("%d %s\n", self->n, self->name);
	self->n = 0;
	printf("%d\n", self->n);
	exit(0);
}
