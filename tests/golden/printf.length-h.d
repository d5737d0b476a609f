#pragma D option quiet

BEGIN
{
	printf("%hd %hi %hu %ho\n", (short)-1, (short)-2, (unsigned short)65535, (unsigned short)8);
	printf("%hx %hX %hx\n", (short)-1, (short)255, (unsigned short)0xabcd);
	exit(0);
}
