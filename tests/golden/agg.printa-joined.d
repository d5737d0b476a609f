/* printa("fmt", @a, @b): aggregations with the same keys side by side;
   a key missing from one of them gets a zero value */
#pragma D option quiet
BEGIN
{
	@c["x"] = count();
	@c["y"] = count();
	@c["y"] = count();
	@s["x"] = sum(100);
	@s["z"] = sum(7);
	printa("%-2s %@d %@d\n", @c, @s);
	exit(0);
}
