/* cleared histograms keep their entries with every count zero: quantize
   prints the rows -1, 0 and 1, lquantize its first three rows, llquantize
   its first two */
#pragma D option quiet
BEGIN
{
	@q = quantize(5);
	@l = lquantize(5, 0, 10, 1);
	@ll = llquantize(50, 10, 0, 2, 10);
	clear(@q);
	clear(@l);
	clear(@ll);
	exit(0);
}
