/* character constants are ints; escapes: simple, octal, hex */
#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", 'a', 'A', '0', ' ');
	printf("%d %d %d %d %d\n", '\n', '\t', '\0', '\\', '\'');
	printf("%d %d %d %d\n", '\x41', '\101', '\7', '\x7f');
	printf("%d %d %d %d %d %d\n", '\a', '\b', '\f', '\r', '\v', '\"');
	printf("%d %d\n", sizeof ('a'), 'b' - 'a');
	printf("%c%c%c\n", 'D', '\x21', '\041');
	exit(0);
}
