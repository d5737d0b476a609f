/* an int operand makes char and short arithmetic int: (uint8_t)255 + 1
   is 256, not 0
   (values are cast at run time: DTrace folds a cast of a constant
   without regard to signedness) */
#pragma D option quiet

BEGIN
{
	u8 = (uint8_t)255;
	m = -128;
	s8 = (int8_t)m;
	s16 = (int16_t)(m * 256);
	u16 = (uint16_t)65535;
	printf("%d %d %d\n", (uint8_t)255 + 1, u8 + 1, s8 - 1);
	printf("%d %d\n", u16 + 1, s16 - 1);
	printf("%d %d %d\n", sizeof (u8 + 1), sizeof (u16 * 2), sizeof (s8));
	exit(0);
}
