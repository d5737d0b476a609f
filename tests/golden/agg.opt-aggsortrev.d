/* -x aggsortrev: the order is reversed; that includes the order of the
   aggregations themselves */
#pragma D option quiet
BEGIN
{
	@x["c"] = sum(2);
	@x["a"] = sum(3);
	@x["b"] = sum(1);
	@y = count();
	exit(0);
}
