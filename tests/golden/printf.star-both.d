#pragma D option quiet

BEGIN
{
	printf("[%*.*s][%-*.*d]\n", 8, 3, "abcdef", 6, 3, 5);
	exit(0);
}
