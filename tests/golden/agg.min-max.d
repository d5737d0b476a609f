/* min() and max() of signed values */
#pragma D option quiet
BEGIN
{
	@mn = min(5);
	@mn = min(-3);
	@mn = min(7);
	@mx = max(-5);
	@mx = max(-3);
	@mx = max(-7);
	exit(0);
}
