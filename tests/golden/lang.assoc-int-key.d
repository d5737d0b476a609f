/* global associative array with an int key; unset elements read 0 */
#pragma D option quiet

BEGIN
{
	a[1] = 10;
	a[2] = 20;
	a[-1] = 5;
	a[1] += 1;
	printf("%d %d %d %d %d\n", a[1], a[2], a[-1], a[3], a[1] + a[2]);
	k = 2;
	printf("%d %d\n", a[k], a[k + 1]);
	exit(0);
}
