/* BEGIN fires first (its clauses in program order), END last, after exit(). */
#pragma D option quiet

END
{
	printf("end\n");
}

tick-10ms
{
	printf("tick\n");
	exit(0);
}

BEGIN
{
	printf("begin 1\n");
}

BEGIN
{
	printf("begin 2\n");
}
