/* printa() prints the normalized values too, with or without a format */
#pragma D option quiet
BEGIN
{
	@a = sum(600);
	normalize(@a, 60);
	printa("%@d\n", @a);
	printa(@a);
	exit(0);
}
