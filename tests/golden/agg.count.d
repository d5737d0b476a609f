/* count() without keys: the value as " %16lld" after the exit newline */
#pragma D option quiet
BEGIN
{
	@ = count();
	@ = count();
	@ = count();
	exit(0);
}
