/* tick-10ms fires every 10 milliseconds: about 20 times in 205 ms. */
#pragma D option quiet

tick-10ms
{
	n++;
}

tick-205ms
{
	printf("%d\n", n >= 15 && n <= 22);
	exit(0);
}
