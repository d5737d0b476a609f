#pragma D option quiet

BEGIN
{
	printf("[%10p][%-10p][%#10p]\n", 0xabc, 0xabc, 0xabc);
	exit(0);
}
