/* C operator precedence and associativity */
#pragma D option quiet

BEGIN
{
	printf("%d %d\n", 1 + 2 * 3, (1 + 2) * 3);
	printf("%d %d\n", 1 << 2 + 1, 20 - 5 - 3);
	printf("%d %d\n", 6 & 3 == 3, (6 & 3) == 2);
	printf("%d %d\n", 1 | 2 ^ 3 & 4, 5 > 3 == 1);
	printf("%d %d\n", 1 || 0 && 0, !0 + 1);
	printf("%d %d\n", -2 * -3, 100 / 10 / 5);
	printf("%d\n", 2 + 3 > 4 ? 7 : 8);
	exit(0);
}
