/* trunc(@a, -n) keeps the n entries with the smallest values */
#pragma D option quiet
BEGIN
{
	@a["a"] = sum(5);
	@a["b"] = sum(1);
	@a["c"] = sum(9);
	@a["d"] = sum(3);
	@a["e"] = sum(7);
	trunc(@a, -2);
	exit(0);
}
