/*
 * %i, like %d, prints a value of unsigned type as unsigned.
 */

#pragma D option quiet

BEGIN
{
	printf("%i %i\n", (unsigned)-1, (uint8_t)200);
	exit(0);
}
