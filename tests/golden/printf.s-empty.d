#pragma D option quiet

BEGIN
{
	printf("[%s][%5s][%-5s][%.2s]\n", "", "", "", "");
	exit(0);
}
