/*
 * D's usual arithmetic conversions (dt_type_promote) pick the operand type
 * of greater rank (bits, +1 if unsigned) without first promoting char and
 * short to int, so uint8_t + uint8_t is a uint8_t, and a printf argument
 * of that type keeps only its low byte.
 */
#pragma D option quiet

BEGIN
{
	u8 = (uint8_t)255;
	c = (char)100;
	s16 = (int16_t)1;
	u16 = (uint16_t)1;
	printf("%d %d %d %d\n", sizeof (u8 + u8), sizeof (c * c),
	    sizeof (u8 + s16), sizeof (s16 + u16));
	printf("%d %d\n", u8 * u8, c + c);
	exit(0);
}
