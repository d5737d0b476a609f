/* lquantize() with counts of both signs */
#pragma D option quiet
BEGIN
{
	@ = lquantize(1, 0, 3, 1, 4);
	@ = lquantize(2, 0, 3, 1, -2);
	@ = lquantize(-1, 0, 3, 1, -1);
	exit(0);
}
