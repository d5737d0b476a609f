#pragma D option quiet

BEGIN
{
	printf("%u %u %u\n", 0, 42, 4294967295);
	exit(0);
}
