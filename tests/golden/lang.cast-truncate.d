/* casts to narrower integer types keep the low bits */
#pragma D option quiet

BEGIN
{
	x = 0x12345678;
	y = 0x1ff;
	printf("%d %d %d %d\n", (uint8_t)y, (int8_t)y, (uint8_t)0x1ff, (int8_t)0xff);
	printf("%d %d %d\n", (uint16_t)x, (int16_t)0x8000, (uint16_t)0x12345);
	printf("%x %x\n", (uint8_t)x, (uint16_t)x);
	printf("%d %d\n", (int32_t)0x80000000, (uint32_t)0x123456789);
	printf("%u %d\n", (uint32_t)-1, (int)4294967295);
	printf("%d %d\n", (char)200, (unsigned char)-56);
	printf("%d %d\n", (short)65535, (unsigned short)-1);
	exit(0);
}
