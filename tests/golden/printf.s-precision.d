#pragma D option quiet

BEGIN
{
	printf("[%.3s][%.10s][%8.2s][%-8.2s][%.1s]\n", "abcdef", "abc", "abcdef", "abcdef", "xyz");
	exit(0);
}
