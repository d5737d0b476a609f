/* & | ^ ~ on int constants and variables */
#pragma D option quiet

BEGIN
{
	a = 0xf0;
	b = 0x3c;
	printf("%d %d %d\n", 0xf0 & 0x3c, 0xf0 | 0x0f, 0xff ^ 0x0f);
	printf("%x %x %x\n", a & b, a | b, a ^ b);
	printf("%d %d %x %x\n", ~0, ~5, ~a, ~0L);
	exit(0);
}
