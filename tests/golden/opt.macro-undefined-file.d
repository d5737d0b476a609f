/* In a script, the missing-argument error carries the line of the $N. */
BEGIN
{
	trace($1);
	exit(0);
}
