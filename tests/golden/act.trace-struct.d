/* trace() of a struct, union or array, as illumos DTrace prints the bytes
 * of any other record: one of an integer's sizes (1, 2, 4, 8 bytes) as
 * that integer, printable characters followed only by NULs as a string,
 * printable ones without a NUL also (after two spaces, even when quiet),
 * anything else as tracemem() dumps it (the struct of DTrace's own test
 * tst.struct.d) */
#pragma D option quiet

struct {
	int a;
	char b;
	int c;
} st;
union {
	int i;
	char c[4];
} un;
struct {
	int8_t x;
} one;
struct {
	char name[10];
	char more[6];
} str, full;

BEGIN
{
	st.a = 0x1234;
	st.b = 0;
	st.c = 0x9876;
	trace(st);
	un.i = 0x44434241;
	trace(un);
	printf("|\n");
	one.x = 0x34;
	trace(one);
	printf("|\n");
	str.name = "a string";
	trace(str);
	printf("|\n");
	full.name = "0123456789";
	full.more = "abcdef";
	trace(full);
	printf("|\n");
	this->p = (int *)alloca(12);
	bcopy("\x01\x00\x00\x00\x02\x00\x00\x00\xff\xff\xff\xff", this->p, 12);
	trace(*(int (*)[3])this->p);
	printf("\n");
	exit(0);
}
