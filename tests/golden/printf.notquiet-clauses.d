BEGIN
{
	printf("first");
}

BEGIN
{
	printf("second %d", 2);
	exit(0);
}
