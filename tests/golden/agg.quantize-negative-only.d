/* only negative counts: the bars grow leftwards from the line */
#pragma D option quiet
BEGIN
{
	@ = quantize(1, -1);
	@ = quantize(2, -2);
	@ = quantize(2, -2);
	@ = quantize(100, -4);
	exit(0);
}
