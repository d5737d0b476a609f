/* with equal values, trunc(@a, n) keeps the entries that sort last
   (largest keys) and trunc(@a, -n) those that sort first */
#pragma D option quiet
BEGIN
{
	@a[1] = count();
	@a[2] = count();
	@a[3] = count();
	@a[4] = count();
	@b[1] = count();
	@b[2] = count();
	@b[3] = count();
	@b[4] = count();
	trunc(@a, 1);
	trunc(@b, -1);
	exit(0);
}
