/* avg() entries sort by their average */
#pragma D option quiet
BEGIN
{
	@["x"] = avg(10);
	@["x"] = avg(20);
	@["y"] = avg(3);
	@["z"] = avg(100);
	@["z"] = avg(-100);
	exit(0);
}
