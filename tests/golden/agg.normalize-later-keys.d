/*
 * normalize() divides the entries that exist when it runs, as in DTrace:
 * a key that appears afterwards prints its raw value.
 */
#pragma D option quiet

int i;

tick-1ms
/i++ < 10/
{
	@c[i % 2] = sum(100);
}

tick-1ms
/i == 11/
{
	normalize(@c, 10);
}

tick-1ms
/i == 250 || i == 251/
{
	@c[7] = sum(100);
}

tick-1ms
/i == 260/
{
	exit(0);
}
