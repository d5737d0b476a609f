/* avg() is the integer sum / count, truncated toward zero */
#pragma D option quiet
BEGIN
{
	@a = avg(1);
	@a = avg(2);
	@a = avg(4);
	@n = avg(-1);
	@n = avg(-2);
	@z = avg(0);
	exit(0);
}
