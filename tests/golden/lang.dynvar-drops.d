/* more dynamic variables than dynvarsize holds: the assignments that do
   not fit are dropped, the others are kept */
#pragma D option quiet
#pragma D option dynvarsize=64

BEGIN
{
	a[1] = 1;
	a[2] = 2;
	a[3] = 3;
	a[4] = 4;
	a[5] = 5;
	a[6] = 6;
	a[7] = 7;
	a[8] = 8;
	printf("%d\n", a[1] + a[2] + a[3] + a[4] + a[5] + a[6] + a[7] + a[8] < 36);
	exit(0);
}
