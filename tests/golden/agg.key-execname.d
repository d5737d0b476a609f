/* a built-in variable as a key */
#pragma D option quiet
BEGIN
{
	@[execname] = count();
	@[execname] = count();
	exit(0);
}
