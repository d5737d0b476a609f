/* printa() can print the same aggregation several times */
#pragma D option quiet
BEGIN
{
	@ = count();
	printa(@);
	printf("-\n");
	printa(@);
	exit(0);
}
