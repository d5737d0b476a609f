/* #pragma D option strsize=N is the same as -x strsize=N */
#pragma D option quiet
#pragma D option strsize=5

BEGIN
{
	s = "abcdefgh";
	printf("[%s] [%s]\n", s, "xy");
	exit(0);
}
