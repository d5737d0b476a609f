/* tick-100hz fires 100 times a second. */
#pragma D option quiet

tick-100hz
{
	n++;
}

tick-205ms
{
	printf("%d\n", n >= 15 && n <= 22);
	exit(0);
}
