/*
 * A 200-character string (shorter than the default strsize of 256).
 */

#pragma D option quiet

BEGIN
{
	printf("%s|\n", "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij");
	exit(0);
}
