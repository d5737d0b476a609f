#pragma D option quiet

BEGIN
{
	printf("first ");
}

BEGIN
{
	printf("second\n");
}

BEGIN
{
	printf("third\n");
	exit(0);
}

END
{
	printf("end\n");
}
