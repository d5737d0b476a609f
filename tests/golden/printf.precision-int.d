#pragma D option quiet

BEGIN
{
	printf("[%.5d][%.5d][%8.5d][%-8.5d][%.2d][%.3u]\n", 42, -42, 42, 42, 12345, 7);
	exit(0);
}
