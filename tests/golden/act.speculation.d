/* Speculations: speculation() takes one of nspec (3 here), 0 when none is
 * free; what speculate(id)'s clauses record is printed when commit(id)
 * runs, in order, after what was printed meanwhile, or never (discard(id)).
 * speculate(0) records nothing; a speculation discarded or committed takes
 * no more records; commit(0) does nothing; an id above nspec is the fault
 * "illegal operation". */
#pragma D option quiet
#pragma D option nspec=3

BEGIN
{
	a = speculation();
	b = speculation();
	c = speculation();
	d = speculation();
	printf("ids %d %d %d %d\n", a, b, c, d);
}

BEGIN { speculate(a); printf("a: first\n"); }
BEGIN { speculate(b); printf("b: discarded\n"); }
BEGIN { speculate(a); printf("a: second %s\n", execname); }
BEGIN { speculate(d); printf("d is 0: never printed\n"); }
BEGIN { printf("not speculative\n"); }
BEGIN { discard(b); }
BEGIN { commit(a); }
BEGIN { printf("committed a\n"); }
BEGIN { speculate(a); printf("a after its commit: dropped\n"); }
BEGIN { commit(a); }
BEGIN { commit(0); discard(0); }
BEGIN { e = speculation(); printf("freed ids are taken again: %d\n", e); }
BEGIN { speculate(c); printf("c: at exit, uncommitted: dropped\n"); }
BEGIN { speculate(4); printf("not reached\n"); }
BEGIN { commit(1000); }
BEGIN { exit(0); }
