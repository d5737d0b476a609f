/* a step that does not divide the range: levels = (limit - base) / step,
   so the last row is ">= base + levels * step" */
#pragma D option quiet
BEGIN
{
	@ = lquantize(0, 0, 10, 3);
	@ = lquantize(3, 0, 10, 3);
	@ = lquantize(8, 0, 10, 3);
	@ = lquantize(9, 0, 10, 3);
	@ = lquantize(10, 0, 10, 3);
	exit(0);
}
