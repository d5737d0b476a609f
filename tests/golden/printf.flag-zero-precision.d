/*
 * With a precision, '0' is ignored for integer conversions (C semantics).
 */

#pragma D option quiet

BEGIN
{
	printf("[%08.3d][%08.3x]\n", 42, 255);
	exit(0);
}
