/* A translator declared by the program: xlate to the struct (member by .)
   and to a pointer (member by ->); the input is evaluated in the clause,
   each member only when used. */
#pragma D option quiet

struct pt {
	int x;
	int y;
	char name[8];
};

translator struct pt < int V > {
	x = V * 2;
	y = V + 1;
	name = V > 10 ? "big" : "small";
};

BEGIN
{
	a = 21;
	printf("%d %d %s\n", xlate <struct pt> (a).x, xlate <struct pt *> (4)->y,
	    xlate <struct pt> (a).name);
	printf("%s\n", xlate <struct pt *> (a - 20)->name);
	exit(0);
}
