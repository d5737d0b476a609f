/* the status is the exit() value as the system keeps it: its low 8 bits */
#pragma D option quiet

BEGIN
{
	exit(256 + 7);
}
