#pragma D option quiet

BEGIN
{
	printf("[%30d]\n[%-30s]\n", 1, "s");
	exit(0);
}
