#pragma D option quiet

BEGIN
{
	printf("[%-5d][%-5d][%-5x][%-5o][%-5u]\n", 42, -42, 255, 8, 7);
	exit(0);
}
