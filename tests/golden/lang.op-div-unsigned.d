/* unsigned operands divide as unsigned: the usual arithmetic conversions
   (values are cast at run time: DTrace folds a cast of a constant
   without regard to signedness) */
#pragma D option quiet

BEGIN
{
	m8 = -8;
	u = (unsigned int)m8;
	w = (uint64_t)-7;
	printf("%u %u\n", u / 2, u % 3);
	printf("%u %u\n", w / 2, w % 2);
	printf("%u\n", 0xffffffffffffffff / 16);
	exit(0);
}
