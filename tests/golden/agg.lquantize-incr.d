/* lquantize(x, base, limit, step, increment) */
#pragma D option quiet
BEGIN
{
	@ = lquantize(2, 0, 5, 1, 3);
	@ = lquantize(2, 0, 5, 1, 4);
	@ = lquantize(4, 0, 5, 1, 7);
	exit(0);
}
