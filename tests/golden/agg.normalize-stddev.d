/* a normalized stddev(): the sum of the squares is divided by normal
   twice, the sum once */
#pragma D option quiet
BEGIN
{
	@a = stddev(2);
	@a = stddev(6);
	@b = stddev(200);
	@b = stddev(300);
	@b = stddev(700);
	normalize(@a, 2);
	normalize(@b, 10);
	exit(0);
}
