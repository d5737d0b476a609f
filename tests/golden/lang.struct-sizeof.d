/* struct and union layout as on x86-64: members aligned to their size,
   the whole padded to its largest alignment */
#pragma D option quiet

struct ci { char c; int i; };
struct cl { char c; long l; };
struct csc { char a; short b; char c; };
struct ic { int a; char b; };
struct nest { char c; struct ci inner; short s; };
struct arr { char name[5]; int n; };
union u { char c[5]; int i; };
union v { char c; long l; short s; };

BEGIN
{
	printf("%d %d %d %d\n", sizeof (struct ci), sizeof (struct cl),
	    sizeof (struct csc), sizeof (struct ic));
	printf("%d %d\n", sizeof (struct nest), sizeof (struct arr));
	printf("%d %d\n", sizeof (union u), sizeof (union v));
	exit(0);
}
