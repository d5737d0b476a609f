/* normalize() of lquantize(): counts smaller than the normal print as 0
   but their rows and bars stay */
#pragma D option quiet
BEGIN
{
	@ = lquantize(1, 0, 4, 1, 3);
	@ = lquantize(2, 0, 4, 1, 30);
	normalize(@, 4);
	exit(0);
}
