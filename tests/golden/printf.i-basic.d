#pragma D option quiet

BEGIN
{
	printf("%i %i %i\n", 0, 7, -7);
	exit(0);
}
