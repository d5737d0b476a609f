#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d %d\n", (char)300, (uint8_t)300, (short)70000, (int8_t)200, (int)0x100000001);
	exit(0);
}
