/* after exit(), probes other than END do not fire any more, and neither
   do the later clauses of the probe firing that called exit() */
#pragma D option quiet

tick-1ms
{
	n++;
	exit(0);
}

tick-1ms
{
	m++;
}

END
{
	printf("%d %d\n", n, m);
}
