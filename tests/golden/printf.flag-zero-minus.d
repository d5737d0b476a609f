/*
 * '-' after '0' wins: left-justified, padded with spaces.
 */

#pragma D option quiet

BEGIN
{
	printf("[%0-5d][%0-5x]\n", 42, 255);
	exit(0);
}
