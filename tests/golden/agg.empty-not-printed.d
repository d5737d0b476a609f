/* an aggregation that never got a value prints nothing, even though it is
   the first one in the program */
#pragma D option quiet
tick-1000s
{
	@never = count();
}

BEGIN
{
	@once = count();
	exit(0);
}
