/* the order is that of the program text, not of the firings: @late is
   mentioned first although END fires last */
#pragma D option quiet
END
{
	@late = sum(1);
}

BEGIN
{
	@early["k"] = sum(2);
	exit(0);
}
