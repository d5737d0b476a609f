/* clause-local struct variables: declared (this struct pt p), or typed by
 * their first assignment from memory (this->t = *curthread, a kernel
 * struct from BTF; this->q = *p, a D struct in alloca()'d memory); they
 * keep their value for the later clauses of the same probe firing, and
 * several kilobytes of them take no room from the clause's records */
#pragma D option quiet

struct pt {
	int x;
	int y;
	char tag[4];
};
this struct pt p;

BEGIN
{
	this->p.x = 1;
	this->p.y = 2;
	this->p.tag = "ab";
	this->buf = (struct pt *)alloca(sizeof(struct pt));
	bcopy("\x05\x00\x00\x00\x06\x00\x00\x00xyz\x00", this->buf, 12);
	this->q = *this->buf;
	this->t = *curthread;
	this->se = curthread->se;
}

BEGIN
{
	printf("%d %d %s\n", this->p.x, this->p.y, this->p.tag);
	printf("%d %d %s\n", this->q.x, this->q.y, this->q.tag);
	printf("%d %d %d\n", this->t.pid == tid, this->t.tgid == pid,
	    this->t.comm == execname);
	printf("%d %d\n", sizeof(this->t) == sizeof(*curthread),
	    this->se.on_rq == curthread->se.on_rq);
	this->q = this->p;
	this->q.x = 9;
	printf("%d %d %s\n", this->p.x, this->q.x, this->q.tag);
	exit(0);
}
