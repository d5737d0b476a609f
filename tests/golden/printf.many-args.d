#pragma D option quiet

BEGIN
{
	printf("%d%d%d%d%d%d%d%d%d%d|%s%s%s\n", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, "a", "b", "c");
	exit(0);
}
