/*
 * %p prints hexadecimal digits without 0x, as DTrace does.
 */

#pragma D option quiet

BEGIN
{
	printf("%p %p %p\n", 0x1234, 0xdeadbeefcafe, 0);
	exit(0);
}
