/* signed division and modulo truncate toward zero, as in C99 */
#pragma D option quiet

BEGIN
{
	p = 7;
	n = -7;
	two = 2;
	mtwo = -2;
	printf("%d %d %d %d\n", n / two, n % two, p / mtwo, p % mtwo);
	printf("%d %d\n", n / mtwo, n % mtwo);
	printf("%d %d %d %d\n", -7 / 2, -7 % 2, 7 / -2, 7 % -2);
	exit(0);
}
