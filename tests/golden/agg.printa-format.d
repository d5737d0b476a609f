/* printa("format", @a): the format once per entry, keys then %@ value,
   no leading newline */
#pragma D option quiet
BEGIN
{
	@a["one", 1] = count();
	@a["two", 2] = count();
	@a["two", 2] = count();
	printa("%s %d -> %@d\n", @a);
	exit(0);
}
