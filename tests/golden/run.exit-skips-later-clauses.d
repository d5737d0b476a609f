/*
 * After exit(), the rest of the probe's clauses are not run: tracing is
 * draining, and only END (and ERROR) still fire.
 */
#pragma D option quiet

tick-10ms
{
	printf("first\n");
	exit(0);
}

tick-10ms
{
	printf("after\n");
}

END
{
	printf("end\n");
}
