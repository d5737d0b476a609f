/* escape sequences in string literals */
#pragma D option quiet

BEGIN
{
	printf("%s|\n", "tab\there");
	printf("%s|\n", "back\\slash \"quoted\"");
	printf("%s|\n", "hex\x41 octal\101\060");
	printf("%s", "two\nlines\n");
	printf("%s|\n", "");
	exit(0);
}
