/*
 * EXTENSION: DTrace accepts only float, double or long double for %e %E
 * %f %g %G (and D has no floating-point constants).  We also accept
 * integers, converted to double.
 */

#pragma D option quiet

BEGIN
{
	printf("%e %E %e %.2e %12.3E|\n", 12345, -1, 0, 12345, 1000);
	exit(0);
}
