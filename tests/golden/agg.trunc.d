/* trunc(@a) removes every entry */
#pragma D option quiet
BEGIN
{
	@a[1] = count();
	@a[2] = count();
	@b = count();
	trunc(@a);
	exit(0);
}
