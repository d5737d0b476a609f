/* printa() in END prints the final values; nothing is printed again after
   the exit newline */
#pragma D option quiet
BEGIN
{
	n = 0;
}

tick-1ms
/n < 20/
{
	n++;
	@[n % 2 ? "odd" : "even"] = sum(n);
}

tick-1ms
/n == 20/
{
	exit(0);
}

END
{
	printa("%s %@d\n", @);
}
