/* keyed histograms: the key line, then the histogram; histograms sort by
   the sum of bucket value times count */
#pragma D option quiet
BEGIN
{
	@["big"] = quantize(1000);
	@["small"] = quantize(1);
	@["small"] = quantize(2);
	@["mid"] = quantize(10);
	@["mid"] = quantize(-3);
	exit(0);
}
