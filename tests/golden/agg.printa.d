/* printa(@a) without a format prints a newline and the entries; an
   aggregation printed by printa() is not printed again at exit */
#pragma D option quiet
BEGIN
{
	@a["x"] = count();
	@a["y"] = count();
	@a["y"] = count();
	@b = sum(5);
	printa(@a);
	exit(0);
}
