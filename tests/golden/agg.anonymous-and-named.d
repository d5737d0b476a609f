/* the anonymous aggregation @ next to named ones */
#pragma D option quiet
BEGIN
{
	@b = count();
	@ = sum(7);
	@a["x"] = max(3);
	exit(0);
}
