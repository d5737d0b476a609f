/*
 * EXTENSION: DTrace has no hh modifier (it reports "format conversion #1
 * is undefined: %hhd").  We accept it; the value is printed at the size
 * of its type, as without a modifier.
 */

#pragma D option quiet

BEGIN
{
	printf("%hhd %hhu %hhx %hhi\n", (char)-1, (unsigned char)255, (char)-1, (int8_t)-5);
	exit(0);
}
