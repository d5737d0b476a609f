/* exit(N) from a tick probe: END runs, and dtrace exits with status N. */
#pragma D option quiet

tick-10ms
{
	printf("tick\n");
	exit(3);
}

END
{
	printf("end\n");
}
