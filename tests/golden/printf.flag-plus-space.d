/*
 * '+' overrides ' '.
 */

#pragma D option quiet

BEGIN
{
	printf("[%+ d][% +d][% +d]\n", 5, 5, -5);
	exit(0);
}
