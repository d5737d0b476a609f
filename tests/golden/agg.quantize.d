/* quantize(): power-of-two buckets, from one below the lowest to one above
   the highest used bucket, empty buckets in between included */
#pragma D option quiet
BEGIN
{
	@ = quantize(0);
	@ = quantize(1);
	@ = quantize(2);
	@ = quantize(3);
	@ = quantize(4);
	@ = quantize(5);
	@ = quantize(100);
	@ = quantize(1000);
	exit(0);
}
