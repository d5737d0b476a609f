/* global variables of D-declared struct and union types: they start
 * zeroed; members (nested, bit-fields, array elements by constant and by
 * variable index, char arrays as strings) are stored and loaded, with
 * =, op= and ++; a whole struct is copied by =, and the copy is its own;
 * sizeof is the type's */
#pragma D option quiet

struct inner {
	short s;
	unsigned int f1:3, f2:5;
	int f3:4;
	int arr[4];
};
struct foo {
	int a;
	char name[8];
	struct inner in;
	long l;
	char *p;
};
union u {
	int i;
	char c[4];
};
struct foo x, y;
union u un;

BEGIN
{
	printf("zero: %d [%s] %d %d %d\n", x.a, x.name, x.in.f2, x.in.arr[3],
	    x.p == NULL);
	x.a = 3;
	x.name = "hello";
	x.in.s = -2;
	x.in.f1 = 5;
	x.in.f2 = 17;
	x.in.f3 = -3;
	x.in.arr[2] = 42;
	i = 3;
	x.in.arr[i] = 43;
	x.l = 1234567890123;
	x.a += 10;
	x.a++;
	++x.in.arr[0];
	x.in.f1 += 4;           /* 9 wraps to 1 in 3 bits */
	printf("%d %s %d %d %d %d %d %d %d %d\n", x.a, x.name, x.in.s,
	    x.in.f1, x.in.f2, x.in.f3, x.in.arr[0], x.in.arr[2],
	    x.in.arr[3], x.l);

	y = x;
	y.a = 99;
	y.in.arr[3] = 44;
	printf("copy: %d %d %s %d %d %d\n", x.a, y.a, y.name, y.in.f2,
	    x.in.arr[3], y.in.arr[3]);

	/* a string fills a char array: no room for its NUL */
	y.name = "abcdefghij";
	printf("[%s] [%s] %d\n", y.name, x.name, y.name[7]);
	y.name = "";
	printf("[%s]\n", y.name);

	un.i = 0x00434241;
	printf("union: [%s] %d\n", un.c, un.c[1]);
	printf("sizeof: %d %d %d %d\n", sizeof(x), sizeof(x.in), sizeof(un),
	    sizeof(struct foo) == sizeof(y));
	exit(0);
}
