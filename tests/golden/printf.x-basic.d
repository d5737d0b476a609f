#pragma D option quiet

BEGIN
{
	printf("%x %X %x %X\n", 48879, 48879, 0xabcdef, 0xabcdef);
	exit(0);
}
