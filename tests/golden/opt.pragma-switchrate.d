/* #pragma D option switchrate=RATE is accepted like -x switchrate */
#pragma D option quiet
#pragma D option switchrate=100hz

BEGIN
{
	printf("ok\n");
	exit(0);
}
