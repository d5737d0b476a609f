#pragma D option quiet

BEGIN
{
	printf("[%.*d][%.*s][%.*x]\n", 4, 7, 2, "abcdef", 3, 10);
	exit(0);
}
