/* relational and equality operators give int 0 or 1 */
#pragma D option quiet

BEGIN
{
	x = 3;
	y = 5;
	printf("%d %d %d %d %d %d\n", x < y, x <= y, x > y, x >= y, x == y, x != y);
	printf("%d %d %d %d\n", x <= 3, x >= 3, x == 3, x != 3);
	printf("%d %d %d\n", -2 < 1, 2 > -1, sizeof (x < y));
	exit(0);
}
