#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d %d\n", (char)-2, (short)-2, (int)-2, (long)-2, (long long)-2);
	exit(0);
}
