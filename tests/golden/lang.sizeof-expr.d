/* sizeof of expressions: the size of the expression's type; the
   expression is not evaluated */
#pragma D option quiet

int8_t b;
int64_t q;

BEGIN
{
	x = 5;
	printf("%d %d %d\n", sizeof (x), sizeof x, sizeof (b));
	printf("%d %d %d\n", sizeof (q), sizeof (1 + 1L), sizeof ((char)1));
	printf("%d %d\n", sizeof (b + q), sizeof (x == 1));
	printf("%d %d\n", sizeof (x++), x);
	printf("%d\n", sizeof (sizeof (x)));
	exit(0);
}
