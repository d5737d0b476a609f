/*
 * EXTENSION: DTrace accepts only float, double or long double for %e %E
 * %f %g %G (and D has no floating-point constants).  We also accept
 * integers, converted to double.
 * The conversion follows the value's type: signed or unsigned, at its size.
 */

#pragma D option quiet

BEGIN
{
	printf("%.1f %.1f %.1f %.1f\n", (char)-1, (uint8_t)255, (int64_t)-1, 0xffffffffffffffff);
	exit(0);
}
