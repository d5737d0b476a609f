/*
 * ERROR's arguments: arg1 is the EPID of the faulting clause, arg2 the
 * action index (1-based), arg4 the fault (DTRACEFLT_DIVZERO = 4).
 */
#pragma D option quiet

int zero;

BEGIN
{
	x = 1 / zero;
}

ERROR
{
	printf("%d %d %d\n", arg1, arg2, arg4);
	exit(0);
}
