/* an int operand makes char and short arithmetic int: (uint8_t)255 + 1
   is 256, not 0 */
#pragma D option quiet

BEGIN
{
	u8 = (uint8_t)255;
	s8 = (int8_t)-128;
	u16 = (uint16_t)65535;
	printf("%d %d %d\n", (uint8_t)255 + 1, u8 + 1, s8 - 1);
	printf("%d %d\n", u16 + 1, (int16_t)-32768 - 1);
	printf("%d %d %d\n", sizeof (u8 + 1), sizeof (u16 * 2), sizeof (s8));
	exit(0);
}
