/* several keys: each printed with its own format, then the value */
#pragma D option quiet
BEGIN
{
	@["b", 2, (char)3] = sum(10);
	@["a", 1, (char)4] = sum(20);
	@["a", 2, (char)3] = sum(10);
	exit(0);
}
