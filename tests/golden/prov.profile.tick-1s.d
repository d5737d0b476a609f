/* tick-1s fires once a second: the first firing comes about 1 s after BEGIN. */
#pragma D option quiet

BEGIN
{
	t = timestamp;
}

tick-1s
{
	this->ms = (timestamp - t) / 1000000;
	printf("%d\n", this->ms >= 900 && this->ms <= 1300);
	exit(0);
}
