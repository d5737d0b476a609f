/* globals keep their values from one probe firing to the next */
#pragma D option quiet

BEGIN
{
	n = 41;
	str = "kept";
}

tick-10ms
{
	n++;
	exit(0);
}

END
{
	printf("%d %s\n", n, str);
}
