/* quantize(value, increment) adds the increment to the bucket */
#pragma D option quiet
BEGIN
{
	@ = quantize(3, 10);
	@ = quantize(3, 5);
	@ = quantize(40, 100);
	@ = quantize(1);
	exit(0);
}
