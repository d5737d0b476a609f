/* printa() of an aggregation with no entries prints only its newline */
#pragma D option quiet
BEGIN
{
	@a[1] = count();
	trunc(@a);
	printa(@a);
	printa("%d %@d\n", @a);
	printf("end\n");
	exit(0);
}
