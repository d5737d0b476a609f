/* several aggregations print one after another, in the order of their
   first use in the program, with no separator */
#pragma D option quiet
BEGIN
{
	@z = sum(30);
	@a = sum(10);
	@m = sum(20);
	exit(0);
}
