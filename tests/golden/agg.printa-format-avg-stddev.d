/* %@d of avg() and stddev() prints the computed value */
#pragma D option quiet
BEGIN
{
	@a = avg(3);
	@a = avg(4);
	@s = stddev(2);
	@s = stddev(6);
	@m = min(-4);
	printa("avg %@d\n", @a);
	printa("stddev %@d\n", @s);
	printa("min %@d\n", @m);
	exit(0);
}
