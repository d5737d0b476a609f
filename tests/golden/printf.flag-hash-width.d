#pragma D option quiet

BEGIN
{
	printf("[%#010x][%#-10x][%#10X][%#06o]\n", 255, 255, 255, 8);
	exit(0);
}
