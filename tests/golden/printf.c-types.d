#pragma D option quiet

BEGIN
{
	printf("%c%c%c%c\n", (char)67, (short)68, (uint8_t)69, (int)70);
	exit(0);
}
