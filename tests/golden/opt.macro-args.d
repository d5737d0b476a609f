BEGIN
{
	printf("%d %s %d %s\n", $1 + 1, $$2, $3, $$1);
	exit(0);
}
