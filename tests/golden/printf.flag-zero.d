#pragma D option quiet

BEGIN
{
	printf("[%05d][%05d][%08x][%08X][%05u][%05o][%05i]\n", 42, -42, 255, 255, 7, 8, -3);
	exit(0);
}
