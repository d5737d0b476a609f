/*
 * %d of a value of unsigned type prints it as unsigned (DTrace turns the
 * conversion into %u), at the width of its type.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d %d\n", (unsigned char)-2, (unsigned short)-2,
	    (unsigned int)-2, (unsigned long)-2, (unsigned long long)-2);
	exit(0);
}
