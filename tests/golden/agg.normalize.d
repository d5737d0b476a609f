/* normalize(@a, n) divides the printed values by n */
#pragma D option quiet
BEGIN
{
	@a["x"] = sum(1000);
	@a["y"] = sum(2500);
	@a["z"] = sum(999);
	@c = count();
	normalize(@a, 1000);
	exit(0);
}
