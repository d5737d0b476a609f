/* lquantize(x, 0, 10): "< 0" below the base, ">= 10" from the limit */
#pragma D option quiet
BEGIN
{
	@ = lquantize(-1, 0, 10);
	@ = lquantize(0, 0, 10);
	@ = lquantize(5, 0, 10);
	@ = lquantize(5, 0, 10);
	@ = lquantize(9, 0, 10);
	@ = lquantize(10, 0, 10);
	@ = lquantize(100, 0, 10);
	exit(0);
}
