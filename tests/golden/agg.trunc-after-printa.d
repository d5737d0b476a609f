/* after trunc() the aggregation is empty; printa() prints nothing but its
   newline, and it is not printed at exit */
#pragma D option quiet
BEGIN
{
	@a["x"] = count();
	printa(@a);
	trunc(@a);
	printa(@a);
	exit(0);
}
