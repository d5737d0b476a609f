/* histograms with equal weighted sums sort by their count at zero */
#pragma D option quiet
BEGIN
{
	@["a"] = quantize(0);
	@["a"] = quantize(0);
	@["b"] = quantize(0);
	exit(0);
}
