/* a normalized avg() is sum / normal / count */
#pragma D option quiet
BEGIN
{
	@a = avg(100);
	@a = avg(250);
	normalize(@a, 10);
	exit(0);
}
