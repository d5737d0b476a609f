/* periodic printing: each firing prints what is there and truncates it, so
   every key is printed exactly once */
#pragma D option quiet
BEGIN
{
	n = 0;
}

tick-10ms
{
	n++;
	@[n] = count();
	printa("%d %@d\n", @);
	trunc(@);
}

tick-10ms
/n == 5/
{
	exit(0);
}
