#pragma D option quiet

BEGIN
{
	printf("a\tb\\c \"q\" \101\x42\n");
	exit(0);
}
