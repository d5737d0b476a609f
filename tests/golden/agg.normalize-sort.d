/* entries sort by their raw values, not by the normalized ones */
#pragma D option quiet
BEGIN
{
	@a["a"] = sum(3);
	@a["b"] = sum(2);
	normalize(@a, 2);
	exit(0);
}
