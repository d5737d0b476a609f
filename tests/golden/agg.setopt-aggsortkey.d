/* setopt("aggsortkey") at run time changes the order of later printing */
#pragma D option quiet
BEGIN
{
	@["c"] = sum(2);
	@["a"] = sum(3);
	@["b"] = sum(1);
	printa("%s %@d\n", @);
	setopt("aggsortkey");
	printa("%s %@d\n", @);
	exit(0);
}
