/*
 * A string argument is printed as is; its '%' characters are not conversions.
 */

#pragma D option quiet

BEGIN
{
	printf("%s %s\n", "100%", "%d%s");
	exit(0);
}
