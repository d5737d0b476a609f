#pragma D option quiet

BEGIN
{
	printf("[%5d][%5d][%1d][%5x][%5u][%5o]\n", 42, -42, 12345, 255, 3, 8);
	exit(0);
}
