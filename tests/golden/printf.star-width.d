#pragma D option quiet

BEGIN
{
	printf("[%*d][%*s][%*x]\n", 6, 42, 4, "ab", 3, 15);
	exit(0);
}
