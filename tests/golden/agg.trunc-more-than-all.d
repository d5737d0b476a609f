/* trunc(@a, n) with n at least the number of entries keeps them all */
#pragma D option quiet
BEGIN
{
	@a[1] = sum(1);
	@a[2] = sum(2);
	trunc(@a, 5);
	trunc(@a, -2);
	exit(0);
}
