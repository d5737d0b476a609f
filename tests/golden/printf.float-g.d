/*
 * EXTENSION: DTrace accepts only float, double or long double for %e %E
 * %f %g %G (and D has no floating-point constants).  We also accept
 * integers, converted to double.
 */

#pragma D option quiet

BEGIN
{
	printf("%g %g %G %g %#g %g %G\n", 100000, 1000000, 10000000, 0, 1, -25, 123456789);
	exit(0);
}
