#pragma D option quiet

BEGIN
{
	printf("100%%\n");
	printf("%%d %%s %%%%\n");
	printf("%%%d%%\n", 5);
	exit(0);
}
