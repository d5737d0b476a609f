#pragma D option quiet

BEGIN
{
	printf("%c%c %d\n", 'o', 'k', 'A');
	exit(0);
}
