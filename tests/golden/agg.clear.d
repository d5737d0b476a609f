/* clear() sets the values to zero but keeps the keys */
#pragma D option quiet
BEGIN
{
	@c["a"] = count();
	@c["b"] = count();
	@c["b"] = count();
	@s = sum(10);
	@a = avg(10);
	@d = stddev(10);
	clear(@c);
	clear(@s);
	clear(@a);
	clear(@d);
	exit(0);
}
