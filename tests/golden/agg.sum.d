/* sum() of positive and negative values */
#pragma D option quiet
BEGIN
{
	@s = sum(5);
	@s = sum(-12);
	@s = sum(100);
	@n = sum(-7);
	@n = sum(-8);
	exit(0);
}
