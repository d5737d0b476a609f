/* #pragma D option quiet also silences the "matched" notice */
#pragma D option quiet

BEGIN
{
	trace(2);
	printf("c\n");
	exit(0);
}
