/* the comma operator evaluates left to right and yields the right operand */
#pragma D option quiet

BEGIN
{
	y = (x = 3, x + 4);
	printf("%d %d\n", x, y);
	z = (1, 2, 3);
	printf("%d\n", z);
	exit(0);
}
