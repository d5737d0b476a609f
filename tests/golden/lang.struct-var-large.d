/* large struct variables: globals after them are beyond the reach of a
 * BPF instruction's 16-bit offset, clause-local ones take no room from
 * the records and scratch space, thread-local ones are map values of
 * their size; a kernel struct (task_struct, 3 to 13 KiB) too */
#pragma D option quiet

struct big {
	char b[20000];
	int tail;
};
struct big g1, g2;
int n;
string s;
this struct big t1, t2;

BEGIN
{
	n = 7;
	s = "after";
	g2.tail = 2;
	g2.b[19999] = 'z';
	g1 = g2;
	n++;
	this->t1 = g1;
	this->t2.tail = 3;
	self->b = this->t1;
	self->b.tail += this->t2.tail;
	self->k = *curthread;
	this->k = self->k;
	printf("%d %s %d %c %d %d %d\n", n, s, g1.tail, g1.b[19999],
	    this->t1.tail, self->b.tail, this->k.pid == tid);
	printf("%s\n", strjoin(s, "!"));
	exit(0);
}
