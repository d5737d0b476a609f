/* string keys print as "  %-50s" */
#pragma D option quiet
BEGIN
{
	@["hello"] = count();
	@["world"] = count();
	@["world"] = count();
	@["a much longer key that is wider than the fifty columns"] = count();
	exit(0);
}
