#pragma D option quiet

BEGIN
{
	printf("[\a\b\f\r\v]\n");
	exit(0);
}
