/*
 * exit() in BEGIN: the BEGIN clauses after it are not run (DTrace skips
 * later BEGIN enablings once the state is draining); END runs.
 */
#pragma D option quiet

BEGIN
{
	printf("begin\n");
	exit(0);
}

BEGIN
{
	printf("begin 2\n");
}

END
{
	printf("end\n");
}
