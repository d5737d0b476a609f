/* string globals: assignment copies the value, reassignment replaces it */
#pragma D option quiet

BEGIN
{
	a = "first";
	b = a;
	a = "second, longer than the first";
	printf("%s|%s\n", a, b);
	a = "x";
	printf("%s|%s\n", a, b);
	exit(0);
}
