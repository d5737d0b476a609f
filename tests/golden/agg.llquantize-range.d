/* llquantize(x, 2, 2, 5, 4): factor 2 from 2^2 to 2^5 with 4 steps per
   magnitude; only the used rows and their neighbours are printed */
#pragma D option quiet
BEGIN
{
	@a = llquantize(9, 2, 2, 5, 4);
	@a = llquantize(10, 2, 2, 5, 4);
	@a = llquantize(21, 2, 2, 5, 4);
	@b = llquantize(3, 2, 2, 5, 4);
	@c = llquantize(70, 2, 2, 5, 4, 3);
	exit(0);
}
