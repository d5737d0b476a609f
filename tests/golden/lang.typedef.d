/* typedef names for integer, struct and other typedef types */
#pragma D option quiet

typedef int myint_t;
typedef unsigned char byte_t;
typedef myint_t alias_t;
typedef struct pair { int a; long b; } pair_t;

myint_t g;

BEGIN
{
	g = 7;
	printf("%d %d %d %d\n", sizeof (myint_t), sizeof (byte_t),
	    sizeof (alias_t), sizeof (pair_t));
	printf("%d %d\n", (byte_t)300, (alias_t)g * 2);
	printf("%d\n", offsetof(pair_t, b));
	exit(0);
}
