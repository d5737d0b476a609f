#pragma D option quiet

BEGIN
{
	printf("[%3c][%-3c][%1c]\n", 65, 66, 67);
	exit(0);
}
