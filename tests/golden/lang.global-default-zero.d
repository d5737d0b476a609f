/* declared global scalars start as zero (and strings as "") */
#pragma D option quiet

int i;
int64_t q;
uint8_t b;
string s;

BEGIN
{
	printf("%d %d %d [%s]\n", i, q, b, s);
	printf("%d\n", s == "");
	exit(0);
}
