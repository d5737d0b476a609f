/* modulo by zero is a divide-by-zero fault as well */
BEGIN
{
	zero = 0;
	x = 10 % zero;
	printf("not printed\n");
}

BEGIN
{
	printf("x = %d\n", x);
	exit(0);
}
