/* equal values: integer keys compare as unsigned numbers */
#pragma D option quiet
BEGIN
{
	@[1] = count();
	@[-1] = count();
	@[0] = count();
	@[-2] = count();
	@[2] = count();
	exit(0);
}
