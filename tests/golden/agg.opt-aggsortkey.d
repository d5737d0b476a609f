/* -x aggsortkey: entries sort by key instead of value */
#pragma D option quiet
BEGIN
{
	@["c"] = sum(2);
	@["a"] = sum(3);
	@["b"] = sum(1);
	exit(0);
}
