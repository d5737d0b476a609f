#pragma D option quiet

BEGIN
{
	printf("%u\n", 0xffffffffffffffff);
	printf("%d\n", 0xffffffffffffffff);
	printf("%x\n", 0xffffffffffffffff);
	printf("%X\n", (uint64_t)-1);
	printf("%o\n", 0xffffffffffffffffULL);
	exit(0);
}
