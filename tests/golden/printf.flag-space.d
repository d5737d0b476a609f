#pragma D option quiet

BEGIN
{
	printf("[% d][% d][% 5d][% -5d][% 05d]\n", 42, -42, 7, 7, 7);
	exit(0);
}
