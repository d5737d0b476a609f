/* llquantize() entries sort by the sum of count times row value (the "<"
   row weighs factor^low - 1); equal sums by the count of the "<" row */
#pragma D option quiet
BEGIN
{
	@["a"] = llquantize(5, 10, 1, 2, 10, 10);
	@["b"] = llquantize(90, 10, 1, 2, 10);
	@["c"] = llquantize(500, 10, 1, 2, 10);
	exit(0);
}
