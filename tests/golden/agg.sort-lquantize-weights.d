/* lquantize() entries sort by the sum of count times row value, where the
   "<" row weighs base - 1 and the ">=" row weighs base + levels * step + 1 */
#pragma D option quiet
BEGIN
{
	@["a"] = lquantize(10, 0, 10, 1);
	@["b"] = lquantize(9, 0, 10, 1);
	@["b"] = lquantize(1, 0, 10, 1);
	exit(0);
}
