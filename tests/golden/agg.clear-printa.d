/* printa() after clear() shows the zeroed entries */
#pragma D option quiet
BEGIN
{
	@c["a"] = sum(1);
	@c["b"] = sum(4);
	printa("%s %@d\n", @c);
	clear(@c);
	printa("%s %@d\n", @c);
	exit(0);
}
