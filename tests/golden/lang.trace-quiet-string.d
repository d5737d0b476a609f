/* trace() of strings in quiet mode prints the string alone */
#pragma D option quiet

BEGIN
{
	trace("hello");
	trace(" ");
	trace(execname);
	s = "var";
	trace(s);
	trace("\n");
	exit(0);
}
