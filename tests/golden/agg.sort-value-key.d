/* entries sort by value (signed), equal values by key */
#pragma D option quiet
BEGIN
{
	@["d"] = sum(5);
	@["c"] = sum(-1);
	@["b"] = sum(5);
	@["a"] = sum(100);
	@["e"] = sum(-20);
	@["f"] = sum(0);
	exit(0);
}
