/* tick-10ms fires every 10 milliseconds: about 20 times in 205 ms (at
 * least 10 on a loaded machine, whose timers can be late; never the 2 of
 * 100 ms nor the 200 of 1 ms). */
#pragma D option quiet

tick-10ms
{
	n++;
}

tick-205ms
{
	printf("%d\n", n >= 10 && n <= 22);
	exit(0);
}
