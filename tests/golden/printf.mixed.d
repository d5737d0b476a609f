#pragma D option quiet

BEGIN
{
	printf("x=%d s=%s c=%c h=%#x u=%u p=%p %%\n", 1, "two", 51, 255, -1, 16);
	exit(0);
}
