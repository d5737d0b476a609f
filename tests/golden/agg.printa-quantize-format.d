/* %@d of a histogram prints the whole histogram, which starts with a
   newline */
#pragma D option quiet
BEGIN
{
	@q["k"] = quantize(1);
	@q["k"] = quantize(3);
	printa("%s:%@d\n", @q);
	exit(0);
}
