/* conversions of printa() take widths and flags; %@ may come first;
   leftover keys are not printed */
#pragma D option quiet
BEGIN
{
	@a["ab", 10] = sum(1234);
	@a["c", 20] = sum(-5);
	printa("[%@8d] [%-4s]\n", @a);
	printa("[%5s|%-3d|%@x|%@u]\n", @a);
	exit(0);
}
