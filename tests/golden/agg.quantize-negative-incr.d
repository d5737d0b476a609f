/* negative increments give negative counts: with both signs the bars are
   half as long and drawn on both sides of a centre line */
#pragma D option quiet
BEGIN
{
	@ = quantize(1, -3);
	@ = quantize(2, 2);
	@ = quantize(8, 5);
	@ = quantize(8, -1);
	@ = quantize(0, -6);
	exit(0);
}
