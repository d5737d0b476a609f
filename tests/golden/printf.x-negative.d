/*
 * A negative value printed with %x/%X is truncated to the size of its type.
 */

#pragma D option quiet

BEGIN
{
	printf("%x %x %x %x\n", (char)-1, (short)-1, -1, (long)-1);
	printf("%X %X %X %X\n", (int8_t)-2, (int16_t)-2, (int32_t)-2, (int64_t)-2);
	exit(0);
}
