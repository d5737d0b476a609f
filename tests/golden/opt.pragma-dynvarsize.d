/* #pragma D option dynvarsize=SIZE */
#pragma D option quiet
#pragma D option dynvarsize=64k

BEGIN
{
	self->n = 7;
	printf("%d\n", self->n);
	exit(0);
}
