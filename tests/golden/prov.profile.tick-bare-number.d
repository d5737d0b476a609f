/* tick-N with a bare number is N Hz: tick-100 is every 10 ms. */
#pragma D option quiet

tick-100
{
	n++;
}

tick-205ms
{
	printf("%d\n", n >= 15 && n <= 22);
	exit(0);
}
