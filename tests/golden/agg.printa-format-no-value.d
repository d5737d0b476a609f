/* a printa() format without %@ prints only the keys */
#pragma D option quiet
BEGIN
{
	@a[1] = sum(20);
	@a[2] = sum(10);
	printa("key %d\n", @a);
	exit(0);
}
