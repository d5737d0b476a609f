/* clear() of min() and max(): the values become 0 */
#pragma D option quiet
BEGIN
{
	@mn["k"] = min(5);
	@mx["k"] = max(-5);
	clear(@mn);
	clear(@mx);
	exit(0);
}
