/* decimal, octal and hexadecimal integer constants */
#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", 42, 052, 0x2a, 0X2A);
	printf("%d %d %d\n", 0, 00, 0x0);
	printf("%d %d\n", 0xdeadbeef == 3735928559, 0777);
	printf("%d\n", 9223372036854775807);
	exit(0);
}
