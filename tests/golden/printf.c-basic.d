#pragma D option quiet

BEGIN
{
	printf("%c%c%c%c\n", 72, 105, 33, 65);
	exit(0);
}
