/* BEGIN fires once (on one CPU), END once. */
#pragma D option quiet

BEGIN
{
	b++;
}

tick-20ms
{
	exit(0);
}

END
{
	e++;
	printf("%d %d\n", b, e);
}
