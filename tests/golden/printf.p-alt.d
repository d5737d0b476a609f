/*
 * %#p adds 0x (but not to 0, as %#x).
 */

#pragma D option quiet

BEGIN
{
	printf("%#p %#p %#p\n", 0x1234, 0xdeadbeefcafe, 0);
	exit(0);
}
