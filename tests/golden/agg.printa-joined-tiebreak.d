/* joined entries with equal first values sort by the second
   aggregation's value, then by key */
#pragma D option quiet
BEGIN
{
	@c["a"] = count();
	@c["b"] = count();
	@c["c"] = count();
	@s["a"] = sum(30);
	@s["b"] = sum(10);
	@s["c"] = sum(20);
	printa("%s %@d %@d\n", @c, @s);
	exit(0);
}
