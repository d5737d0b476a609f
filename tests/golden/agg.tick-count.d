/* 50 firings of tick-1ms, counted per n % 5: 10 each */
#pragma D option quiet
BEGIN
{
	n = 0;
}

tick-1ms
/n < 50/
{
	@c[n % 5] = count();
	@total = count();
	n++;
}

tick-1ms
/n == 50/
{
	exit(0);
}
