/* 64-bit arithmetic wraps modulo 2^64 */
#pragma D option quiet

BEGIN
{
	big = 9223372036854775807;
	zero = (uint64_t)0;
	printf("%d\n", big + 1);
	printf("%u\n", zero - 1);
	printf("%d\n", big * 2);
	printf("%u\n", 0xffffffffffffffff + 2);
	exit(0);
}
