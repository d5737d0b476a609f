/* BEGIN, END and ERROR are dtrace:::BEGIN etc. (empty module and function) */
#pragma D option quiet

int y;

BEGIN
{
	printf("[%s] [%s] [%s] [%s] %d\n", probeprov, probemod, probefunc, probename, id);
}

BEGIN
{
	x = 1 / y;
}

ERROR
{
	printf("[%s] [%s] [%s] [%s] %d\n", probeprov, probemod, probefunc, probename, id);
	exit(0);
}

END
{
	printf("[%s] [%s] [%s] [%s] %d\n", probeprov, probemod, probefunc, probename, id);
}
