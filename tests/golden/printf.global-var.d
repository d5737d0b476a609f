#pragma D option quiet

BEGIN
{
	g = 123;
	h = -1;
	printf("%d %u %x\n", g, h, h);
	exit(0);
}
