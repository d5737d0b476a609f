/* END runs after exit(), sees the globals, and the exit status stays */
#pragma D option quiet

BEGIN
{
	n = 10;
	exit(2);
}

END
{
	printf("end: n = %d\n", n);
}
