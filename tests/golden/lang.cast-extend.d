/* widening casts sign-extend signed sources and zero-extend unsigned ones */
#pragma D option quiet

BEGIN
{
	c = (char)0x80;
	uc = (unsigned char)0x80;
	m = -1;
	printf("%d %d\n", (int)c, (int)uc);
	printf("%u %u\n", (unsigned int)(char)-1, (unsigned int)(unsigned char)-1);
	printf("%u %u\n", (uint64_t)m, (uint64_t)(unsigned int)m);
	printf("%d %d\n", (int64_t)(int16_t)0xfffe, (int64_t)(uint16_t)0xfffe);
	printf("%x\n", (uint64_t)(int8_t)0x80);
	exit(0);
}
