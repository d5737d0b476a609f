#pragma D option quiet

BEGIN
{
	printf("%x %x %x %x\n", (uint8_t)0xab, (uint16_t)0xabcd, (uint32_t)0xdeadbeef,
	    (uint64_t)0xdeadbeefcafe);
	exit(0);
}
