/* min() and max() of the most negative and most positive 64-bit values */
#pragma D option quiet
BEGIN
{
	lo = (long long)0x8000000000000000;
	hi = (long long)0x7fffffffffffffff;
	@mn = min(0);
	@mn = min(lo);
	@mx = max(0);
	@mx = max(hi);
	@s = sum(hi);
	@s = sum(1);
	exit(0);
}
