/* a %@ conversion beyond the number of aggregations prints the last
   aggregation's value again */
#pragma D option quiet
BEGIN
{
	@a["x"] = count();
	@b["x"] = sum(5);
	printa("%s %@d %@d %@d\n", @a, @b);
	exit(0);
}
