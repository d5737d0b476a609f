/*
 * EXTENSION: DTrace accepts only float, double or long double for %e %E
 * %f %g %G (and D has no floating-point constants).  We also accept
 * integers, converted to double.
 */

#pragma D option quiet

BEGIN
{
	printf("%f %.2f [%8.3f] [%-8.1f] %+f %08.2f\n", 3, 42, -7, 5, 1, -3);
	exit(0);
}
