/* denormalize() undoes normalize() */
#pragma D option quiet
BEGIN
{
	@a = sum(700);
	normalize(@a, 100);
	printa("%@d\n", @a);
	denormalize(@a);
	printa("%@d\n", @a);
	exit(0);
}
