/* a value stored in a declared narrow global is printed at the
   declared width */
#pragma D option quiet

int8_t c;
uint8_t uc;
int16_t s;
uint32_t u;

BEGIN
{
	c = 127;
	c++;
	uc = 255;
	uc += 2;
	s = 40000;
	u = -1;
	printf("%d %d %d %u\n", c, uc, s, u);
	exit(0);
}
