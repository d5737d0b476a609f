/*
 * C promotion rules: char arithmetic is done in int; unsigned int - int is
 * unsigned int, which %d prints as unsigned.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d\n", (char)100 + (char)100, (uint8_t)200 * 2);
	printf("%d %d\n", (unsigned)1 - 2, (long)1 - 2);
	exit(0);
}
