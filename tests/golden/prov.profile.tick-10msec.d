/* The long unit names work too: tick-10msec is every 10 ms. */
#pragma D option quiet

tick-10msec
{
	n++;
}

tick-205ms
{
	printf("%d\n", n >= 10 && n <= 22);
	exit(0);
}
