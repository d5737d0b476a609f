#pragma D option quiet

BEGIN
{
	printf("[%#x][%#X][%#o][%#x][%#o][%#o]\n", 255, 255, 8, 0, 0, 0777);
	exit(0);
}
