/* tick-1000us is every millisecond: about 100 firings in 105 ms. */
#pragma D option quiet

tick-1000us
{
	n++;
}

tick-105ms
{
	printf("%d\n", n >= 60 && n <= 110);
	exit(0);
}
