/*
 * Nothing is added in quiet mode: the only newline is the one dtrace
 * prints when it exits.
 */

#pragma D option quiet

BEGIN
{
	printf("no newline");
	exit(0);
}
