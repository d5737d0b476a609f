/*
 * A negative '*' width left-justifies.
 */

#pragma D option quiet

BEGIN
{
	printf("[%*d][%*s]\n", -6, 42, -4, "ab");
	exit(0);
}
