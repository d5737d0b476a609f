#pragma D option quiet

BEGIN
{
	printf("[%10s][%-10s][%2s][%-2s]\n", "abc", "abc", "abcdef", "abcdef");
	exit(0);
}
