/*
 * D evaluates every integer expression in 64-bit registers: int operands
 * are not truncated to 32 bits between operations (only casts, stores in
 * trace records and printf arguments narrow), and the usual arithmetic
 * conversions choose signed or unsigned comparison but do not narrow the
 * operands.  So an int -1 differs from 0xffffffff (an unsigned int), and
 * INT_MAX + 1 is positive until it is printed as an int.
 */
#pragma D option quiet

BEGIN
{
	m = -1;
	big = 2147483647;
	printf("%d %d %d\n", m == 0xffffffff, (unsigned int)m == 0xffffffff,
	    m == 0xffffffffffffffff);
	printf("%d %d\n", big + 1 > 0, big + 1);
	printf("%d\n", 2147483647 + 1 > 0);
	exit(0);
}
