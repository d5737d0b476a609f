/* a comparison with an unsigned operand of the same or greater rank is
   unsigned: -1 < 0U is false */
#pragma D option quiet

BEGIN
{
	m = -1;
	u = 0U;
	printf("%d %d %d\n", -1 < 0U, -1 < 0, m < u);
	printf("%d %d\n", (unsigned int)1 > -1, 1 > m);
	printf("%d %d\n", m > 0x80000000, m > 2147483648);
	printf("%d %d\n", (uint64_t)m > 0, (int64_t)m > 0);
	exit(0);
}
