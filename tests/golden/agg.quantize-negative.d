/* negative values go to the negative buckets: -3 to -2, -4 to -4 */
#pragma D option quiet
BEGIN
{
	@ = quantize(-1);
	@ = quantize(-3);
	@ = quantize(-4);
	@ = quantize(-4);
	@ = quantize(0);
	@ = quantize(2);
	@ = quantize(5);
	@ = quantize(6);
	@ = quantize(7);
	exit(0);
}
