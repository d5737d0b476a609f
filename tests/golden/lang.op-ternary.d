/* ?: with int and string operands, nested (right-associative) */
#pragma D option quiet

BEGIN
{
	x = 2;
	printf("%d %d\n", x > 1 ? 10 : 20, x > 5 ? 10 : 20);
	printf("%s %s\n", x == 2 ? "two" : "other", x == 3 ? "three" : "other");
	printf("%d\n", x == 1 ? 100 : x == 2 ? 200 : 300);
	printf("%d\n", 0 ? 1 : 2);
	exit(0);
}
