/* aggsortkey and aggsortrev together: keys in descending order */
#pragma D option quiet
#pragma D option aggsortkey
#pragma D option aggsortrev

BEGIN
{
	@[3] = count();
	@[1] = count();
	@[1] = count();
	@[2] = count();
	exit(0);
}
