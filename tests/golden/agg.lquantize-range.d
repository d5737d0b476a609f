/* only the used part of the range is printed, with one empty row on each
   side; the first and last rows are the "<" and ">=" rows when reached */
#pragma D option quiet
BEGIN
{
	@a = lquantize(5, 0, 100, 1);
	@a = lquantize(7, 0, 100, 1);
	@b = lquantize(-50, -10, 10, 5);
	@b = lquantize(-10, -10, 10, 5);
	@c = lquantize(99, 0, 100, 10);
	@c = lquantize(100, 0, 100, 10);
	exit(0);
}
