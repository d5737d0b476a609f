/* tick-10000000ns (nanoseconds) is every 10 ms. */
#pragma D option quiet

tick-10000000ns
{
	n++;
}

tick-205ms
{
	printf("%d\n", n >= 15 && n <= 22);
	exit(0);
}
