#pragma D option quiet

BEGIN
{
	printf("%d\n", 9223372036854775807);
	printf("%d\n", (int64_t)0x8000000000000000);
	printf("%d\n", -9223372036854775807 - 1);
	printf("%i\n", (long long)0x8000000000000000);
	exit(0);
}
