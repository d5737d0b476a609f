/* the most negative values go to the first bucket, -2^62 */
#pragma D option quiet
BEGIN
{
	@ = quantize((long long)0x8000000000000000);
	@ = quantize((long long)0xc000000000000000);
	@ = quantize((long long)0xe000000000000000);
	@ = quantize((long long)0xe000000000000000);
	exit(0);
}
