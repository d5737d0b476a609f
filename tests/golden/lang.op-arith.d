/* + - * / % and unary - + on int constants and int variables */
#pragma D option quiet

BEGIN
{
	a = 17;
	b = 5;
	printf("%d %d %d %d %d\n", 7 + 3, 7 - 10, 7 * 6, 17 / 5, 17 % 5);
	printf("%d %d %d %d %d\n", a + b, b - a, a * b, a / b, a % b);
	printf("%d %d %d\n", -a, +b, -(-a));
	exit(0);
}
