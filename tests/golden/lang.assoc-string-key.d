/* string keys compare by value; string values */
#pragma D option quiet

BEGIN
{
	n["one"] = 1;
	n["two"] = 2;
	k = "one";
	name[1] = "first";
	name[2] = "second";
	printf("%d %d %d %d\n", n["one"], n[k], n["two"], n["three"]);
	printf("%s %s [%s]\n", name[1], name[2], name[3]);
	n[execname] = 7;
	printf("%d\n", n["dtrace"]);
	exit(0);
}
