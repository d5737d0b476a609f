/*
 * A negative value printed with %u is truncated to the size of its type.
 */

#pragma D option quiet

BEGIN
{
	printf("%u %u %u %u\n", (char)-1, (short)-1, -1, (long)-1);
	exit(0);
}
