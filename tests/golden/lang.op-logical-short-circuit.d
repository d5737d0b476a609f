/* the right operand of && and || is not evaluated when the left one
   decides: no division by zero fault */
#pragma D option quiet

BEGIN
{
	z = 0;
	printf("%d %d\n", z != 0 && 10 / z, z == 0 || 10 / z);
	printf("%d\n", z ? 10 / z : 7);
	exit(0);
}
