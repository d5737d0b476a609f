/* & of lvalues: members and elements of struct variables (as in DTrace,
 * not the variables themselves), and objects in kernel memory; the
 * pointers work with ->, *, [] and arithmetic */
#pragma D option quiet

struct pt {
	int x;
	int y;
};
struct foo {
	int a;
	struct pt p[3];
	long l;
};
struct foo g;
struct foo t[int];

BEGIN
{
	g.a = 5;
	g.p[1].y = 7;
	g.p[2].x = 8;
	t[1] = g;
	t[1].p[2].x = 9;
	this->pp = &g.p[1];
	printf("%d %d %d\n", this->pp->y, (this->pp + 1)->x, this->pp[1].x);
	printf("%d %d\n", *&g.a, (&t[1].p[0])[2].x);
	printf("%d %d\n", (uintptr_t)&g.l - (uintptr_t)&g.a ==
	    offsetof(struct foo, l), &g.p[2] - &g.p[0]);
	printf("%d %d\n", *&curthread->pid == tid,
	    (&curthread->comm[0])[1] == curthread->comm[1]);
	printf("%d\n", &curthread->tgid == &(*curthread).tgid);
	exit(0);
}
