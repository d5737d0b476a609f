/*
 * The type of an integer constant is the first of a list that can hold
 * its value: decimal int, long, long long; octal and hex int, unsigned
 * int, long, unsigned long, ...; suffixes u, l, ul, ll, ull start later
 * in the list.
 */
#pragma D option quiet

BEGIN
{
	printf("%d %d %d\n", sizeof (2147483647), sizeof (2147483648),
	    sizeof (4294967295));
	printf("%d %d %d\n", sizeof (0x7fffffff), sizeof (0x80000000),
	    sizeof (0xffffffff));
	printf("%d %d %d\n", sizeof (0x100000000), sizeof (0xffffffffffffffff),
	    sizeof (017777777777));
	printf("%d %d %d %d %d %d\n", sizeof (1u), sizeof (1U), sizeof (1l),
	    sizeof (1ul), sizeof (1ll), sizeof (1ULL));
	/* signedness: 0x80000000 is unsigned int, 2147483648 is long */
	printf("%d %d\n", -1 < 0x80000000, -1 < 2147483648);
	/* 0xffffffffffffffff is unsigned long */
	printf("%d %d\n", 0xffffffffffffffff > 0, 0xffffffffffffffff == -1);
	printf("%d %d\n", 1u > -1, 1l > -1);
	exit(0);
}
