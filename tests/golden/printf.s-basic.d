#pragma D option quiet

BEGIN
{
	printf("%s, %s!\n", "hello", "world");
	exit(0);
}
