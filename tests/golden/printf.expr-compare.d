#pragma D option quiet

BEGIN
{
	a = 5;
	printf("%d %d %d %d %d %d\n", a < 6, a > 6, a == 5, a != 5, a <= 5, a >= 6);
	printf("%d %d %d %d\n", "abc" == "abc", "abc" != "abc", "abc" < "abd", !a);
	printf("%d %d %d\n", a && 0, a || 0, a ^^ 1);
	exit(0);
}
