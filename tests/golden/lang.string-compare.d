/* string comparison operators compare the characters like strcmp() */
#pragma D option quiet

BEGIN
{
	a = "abc";
	b = "abd";
	printf("%d %d %d %d\n", a == "abc", a != "abc", a == b, a != b);
	printf("%d %d %d %d\n", a < b, a > b, a <= "abc", a >= "abd");
	printf("%d %d %d\n", "" < "a", "ab" < "abc", "b" > "abc");
	printf("%d %d\n", "Z" < "a", "abc" == "abc ");
	exit(0);
}
