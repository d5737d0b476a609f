/* stddev() entries sort by their standard deviation */
#pragma D option quiet
BEGIN
{
	@["a"] = stddev(1);
	@["a"] = stddev(9);
	@["b"] = stddev(5);
	@["b"] = stddev(5);
	@["c"] = stddev(4);
	@["c"] = stddev(6);
	exit(0);
}
