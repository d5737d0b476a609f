/* << and >>: >> of a negative signed value is arithmetic, of an
   unsigned value logical; 64-bit shifts of long operands
   (values are cast at run time: DTrace folds a cast of a constant
   without regard to signedness) */
#pragma D option quiet

BEGIN
{
	one = 1;
	neg = -16;
	uneg = (unsigned int)neg;
	m1 = (int64_t)-1;
	um1 = (uint64_t)-1;
	printf("%d %d %d\n", one << 10, 1024 >> 3, 0x80 >> 7);
	printf("%d %d\n", neg >> 2, neg << 2);
	printf("%u\n", uneg >> 2);
	printf("%d %d\n", 1L << 40, one << 31);
	printf("%d %u\n", m1 >> 60, um1 >> 60);
	exit(0);
}
