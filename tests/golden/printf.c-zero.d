/*
 * %c of 0 writes a NUL byte, as printf(3C) does.
 */

#pragma D option quiet

BEGIN
{
	printf("[%c]\n", 0);
	exit(0);
}
