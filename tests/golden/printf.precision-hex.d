#pragma D option quiet

BEGIN
{
	printf("[%.4x][%#.4x][%.6o][%#.3X]\n", 255, 255, 8, 10);
	exit(0);
}
