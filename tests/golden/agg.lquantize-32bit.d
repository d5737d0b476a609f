/* lquantize() buckets the value's low 32 bits, as a signed int */
#pragma D option quiet
BEGIN
{
	@ = lquantize((long long)0x100000005, 0, 10);
	@ = lquantize((long long)0xffffffff, 0, 10);
	@ = lquantize(3, 0, 10);
	exit(0);
}
