/*
 * 0 with every integer conversion; the '#' flag adds no prefix to 0.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %i %u %o %x %X %p %#x %#o %#X %+d % d\n", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	exit(0);
}
