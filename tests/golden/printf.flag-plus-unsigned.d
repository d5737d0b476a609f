/*
 * '+' has no effect on unsigned conversions; %d of an unsigned value is %u.
 */

#pragma D option quiet

BEGIN
{
	printf("[%+u][%+d][%+i]\n", 5, (unsigned)5, (uint64_t)6);
	exit(0);
}
