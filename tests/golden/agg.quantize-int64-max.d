/* the largest values go to the last bucket (2^62), whose label is wider
   than 16 columns */
#pragma D option quiet
BEGIN
{
	@ = quantize((long long)0x7fffffffffffffff);
	@ = quantize((long long)0x4000000000000000);
	@ = quantize((long long)0x2000000000000000);
	exit(0);
}
