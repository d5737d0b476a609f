#pragma D option quiet

BEGIN
{
	printf("%d %d %d\n", 0, 42, -42);
	exit(0);
}
