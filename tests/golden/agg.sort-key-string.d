/* equal values: string keys compare byte by byte */
#pragma D option quiet
BEGIN
{
	@["b"] = count();
	@["ab"] = count();
	@["B"] = count();
	@["a"] = count();
	@["a b"] = count();
	exit(0);
}
