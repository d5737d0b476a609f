/*
 * An integer printed with %p is taken at the size of its type.
 */

#pragma D option quiet

BEGIN
{
	printf("%p %p\n", -1, (long)-1);
	exit(0);
}
