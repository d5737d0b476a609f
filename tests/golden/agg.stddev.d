/* stddev() is the integer square root of the integer average of the
   squares minus the square of the integer average */
#pragma D option quiet
BEGIN
{
	@a = stddev(1);
	@a = stddev(2);
	@a = stddev(3);
	@a = stddev(4);
	@b = stddev(10);
	@b = stddev(20);
	@b = stddev(30);
	@b = stddev(45);
	@c = stddev(7);
	exit(0);
}
