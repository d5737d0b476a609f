/* stddev() of negative values: the squares are of the absolute values,
   the average is signed */
#pragma D option quiet
BEGIN
{
	@ = stddev(-5);
	@ = stddev(3);
	@ = stddev(-10);
	exit(0);
}
