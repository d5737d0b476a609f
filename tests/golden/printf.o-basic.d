#pragma D option quiet

BEGIN
{
	printf("%o %o %o %o\n", 0, 7, 8, 511);
	exit(0);
}
