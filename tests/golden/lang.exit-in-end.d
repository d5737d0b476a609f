/* exit() in END sets a new exit status */
#pragma D option quiet

BEGIN
{
	exit(0);
}

END
{
	printf("end\n");
	exit(4);
}
