#pragma D option quiet

BEGIN
{
	a = 17;
	b = 5;
	printf("%d %d %d %d %d %d\n", a + b, a - b, a * b, a / b, a % b, -a);
	printf("%d %d %d %x %d %d\n", a << 2, a >> 1, a & b, a | b, a ^ b, ~a);
	exit(0);
}
