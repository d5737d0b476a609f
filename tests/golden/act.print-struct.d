/* print() of D-declared structs, unions, bit-fields, arrays and enums in
 * memory (alloca()'d, filled by bcopy()): one member a line, four spaces
 * a level; "type *name" without a space; " :bits" after a bit-field's
 * name; arrays of scalars on one line, of structs one element at a time;
 * a char array of printable characters and a NUL as [ "text" ], or else
 * character by character; no newline after the outermost "}" */
#pragma D option quiet
enum color { RED, GREEN = 5, BLUE };
struct pt { int x; int y; };
union u { int i; char c[4]; };
typedef struct pancakes {
	unsigned a:3;
	unsigned b:5;
	int c;
	char name[8];
	short arr[3];
	void *p;
	enum color col;
	enum color col2;
	unsigned char uc;
	char ch;
	char nc;
	float f;
	double d;
	struct pt pts[2];
	union u un;
	struct { int in1; } anon;
	int m[2][3];
	char names[2][4];
	char raw[3];
	struct pt *next;
} pancakes_t;
BEGIN {
	this->p = (pancakes_t *)alloca(sizeof(pancakes_t));
	bcopy("\x29\x00\x00\x00\x14\x00\x00\x00hello\x00\x00\x00\x01\x00\x02\x00\x03\x00\x00\x00", this->p, 24);
	bcopy("\x34\x12\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00\x09\x00\x00\x00\xfe\x41\x07\x00", (char *)this->p + 24, 20);
	bcopy("\x00\x00\xc0\x3f\x00\x00\x00\x00\x00\x00\x04\x40", (char *)this->p + 44, 12);
	bcopy("\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x04\x00\x00\x00", (char *)this->p + 56, 16);
	bcopy("abc\x00\x07\x00\x00\x00", (char *)this->p + 72, 8);
	bcopy("\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x04\x00\x00\x00\x05\x00\x00\x00\x06\x00\x00\x00", (char *)this->p + 80, 24);
	bcopy("ab\x00\x00xy\x00\x00", (char *)this->p + 104, 8);
	bcopy("\x01\x02\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", (char *)this->p + 112, 16);
	print(*this->p);
	printf("\n");
	print(this->p->pts);
	print(this->p->m);
	print(this->p->un);
	printf("\n");
	print(this->p->name);
	printf("sizeof %d\n", sizeof(pancakes_t));
	exit(0);
}
