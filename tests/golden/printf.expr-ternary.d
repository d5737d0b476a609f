#pragma D option quiet

BEGIN
{
	a = 5;
	b = 3;
	printf("%d %d %s %s\n", a > b ? 1 : 2, a < b ? 1 : 2, a > b ? "gt" : "le", a == b ? "eq" : "ne");
	exit(0);
}
