/* exit(n) makes dtrace exit with status n */
#pragma D option quiet

BEGIN
{
	exit(3);
}
