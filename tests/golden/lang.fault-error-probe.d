/* the ERROR probe fires for the fault, before the next clause of the
   faulting probe; arg1 is the EPID, arg2 the action index, arg4 the fault
   type (DTRACEFLT_DIVZERO = 4), arg5 0 for a division by zero */
BEGIN
{
	zero = 0;
}

BEGIN
{
	y = 1;
	x = 10 / zero;
}

ERROR
{
	printf("ERROR %s:%s: epid %d action %d fault %d value %d\n",
	    probeprov, probename, arg1, arg2, arg4, arg5);
}

BEGIN
{
	printf("after\n");
	exit(0);
}
