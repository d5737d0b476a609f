#pragma D option quiet

BEGIN
{
	printf("%u %x %o\n", (int64_t)0x8000000000000000, (int64_t)0x8000000000000000,
	    (int64_t)0x8000000000000000);
	exit(0);
}
