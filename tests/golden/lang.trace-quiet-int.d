/* trace() of integers in quiet mode: no separator, no padding */
#pragma D option quiet

BEGIN
{
	trace(1);
	printf("|");
	trace(-1);
	printf("|");
	trace(1234567890123);
	printf("|");
	trace((int64_t)-5);
	printf("|");
	trace((uint8_t)200);
	printf("|");
	trace((uint16_t)60000);
	printf("|");
	trace((int8_t)100);
	printf("|");
	x = 42;
	trace(x * 2);
	printf("\n");
	exit(0);
}
