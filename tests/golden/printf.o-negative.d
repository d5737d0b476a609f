/*
 * A negative value printed with %o is truncated to the size of its type.
 */

#pragma D option quiet

BEGIN
{
	printf("%o %o %o %o\n", (char)-1, (short)-1, -1, (long)-1);
	exit(0);
}
