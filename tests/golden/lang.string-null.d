/* a string compares with NULL (or 0) as an address, as in DTrace: what
   strstr(), strchr() and strrchr() return when they find nothing */
#pragma D option quiet

BEGIN
{
	printf("%d %d\n", strstr("abc", "x") == NULL, strstr("abc", "b") != NULL);
	printf("%d %d\n", strchr("abc", 'z') == NULL, strrchr("abc", 'a') == NULL);
	printf("%d %d\n", NULL == strstr("ab", "zz"), "x" != 0);
	exit(0);
}
