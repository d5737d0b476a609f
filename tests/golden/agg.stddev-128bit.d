/* the sum of the squares does not fit in 64 bits: 128-bit arithmetic */
#pragma D option quiet
BEGIN
{
	@ = stddev(5000000000);
	@ = stddev(7000000000);
	@ = stddev(9000000000);
	exit(0);
}
