/* aggsortpos=1: joined printa() sorts on the second aggregation's value */
#pragma D option quiet
#pragma D option aggsortpos=1

BEGIN
{
	@c["a"] = count();
	@c["b"] = count();
	@c["b"] = count();
	@c["c"] = count();
	@c["c"] = count();
	@c["c"] = count();
	@s["a"] = sum(30);
	@s["b"] = sum(10);
	@s["c"] = sum(20);
	printa("%s %@d %@d\n", @c, @s);
	exit(0);
}
