/*
 * Escapes in a string argument: \t \\ \" octal \101 and hex \x41.
 */

#pragma D option quiet

BEGIN
{
	printf("%s", "a\tb\\c\"d\101\x41\n");
	exit(0);
}
