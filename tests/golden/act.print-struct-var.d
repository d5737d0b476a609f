/* print() of struct variables, as of structs in memory: a global, a
 * thread-local, an associative array element and a clause-local one, a
 * nested member, a dynamic variable never assigned (zeros) */
#pragma D option quiet

struct pt {
	int x;
	int y;
};
union val {
	int i;
	char c[4];
};
struct shape {
	char name[8];
	unsigned int sides:4;
	unsigned int filled:1;
	struct pt at[2];
	union val u;
};
struct shape g;
struct shape a[int];
self struct shape none;
this struct shape t;

BEGIN
{
	g.name = "square";
	g.sides = 4;
	g.filled = 1;
	g.at[1].x = 10;
	g.at[1].y = -10;
	g.u.i = 0x636261;
	print(g);
	printf("\n");
	self->s = g;
	self->s.name = "tri";
	self->s.sides = 3;
	print(self->s);
	printf("\n");
	a[7].at[0] = g.at[1];
	print(a[7].at);
	print(a[8].at[0]);
	printf("\n");
	this->t = g;
	print(this->t.u);
	printf("\n");
	print(self->none);
	printf("\n");
	exit(0);
}
