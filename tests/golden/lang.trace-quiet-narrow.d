/*
 * illumos trace() picks the format by record size only: 1- and 2-byte
 * values are printed zero-extended, 4- and 8-byte ones as signed, whatever
 * the D type (dt_consume.c, dt_consume_cpu(); docs/FORMATS.md 1.4).
 */
#pragma D option quiet

BEGIN
{
	trace((char)-1);
	printf("|");
	trace((short)-1);
	printf("|");
	trace((unsigned int)-1);
	printf("|");
	trace((uint64_t)-1);
	printf("\n");
	exit(0);
}
