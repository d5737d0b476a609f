#pragma D option quiet

BEGIN
{
	printf("%lld %lli %llu %llo\n", (long long)-1, (long long)-3, (unsigned long long)-1,
	    (unsigned long long)8);
	printf("%llx %llX %llx\n", (long long)-1, (uint64_t)255, (int64_t)0x1234567890);
	exit(0);
}
