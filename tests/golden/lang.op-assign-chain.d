/* assignment is an expression: its value is the value assigned, and
   it associates right to left */
#pragma D option quiet

BEGIN
{
	a = b = c = 3;
	printf("%d %d %d\n", a, b, c);
	d = (e = 4) + 1;
	printf("%d %d\n", d, e);
	s = t = "str";
	printf("%s %s\n", s, t);
	exit(0);
}
