/* printa(@a, @b) without a format: the keys, then each value */
#pragma D option quiet
BEGIN
{
	@c["x"] = count();
	@c["y"] = count();
	@c["y"] = count();
	@s["x"] = sum(100);
	@s["y"] = sum(7);
	printa(@c, @s);
	exit(0);
}
