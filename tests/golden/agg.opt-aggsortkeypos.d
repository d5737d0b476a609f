/* aggsortkeypos=1 sorts by the second key first, then the following keys,
   then the first */
#pragma D option quiet
#pragma D option aggsortkey
#pragma D option aggsortkeypos=1

BEGIN
{
	@[1, 2, 1] = count();
	@[2, 1, 2] = count();
	@[1, 1, 2] = count();
	@[2, 2, 1] = count();
	@[1, 2, 2] = count();
	exit(0);
}
