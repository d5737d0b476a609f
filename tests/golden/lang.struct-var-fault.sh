# an index beyond its array in a struct variable (x.v[i] for a variable i)
# is an invalid address, a fault of its clause, whether read or written,
# negative or too large; nothing is written; the next clause runs
"$DTRACE" -q -n '
struct foo { int v[4]; int after; };
struct foo x;
self struct foo s;
BEGIN { i = 4; x.v[i] = 1; }
BEGIN { i = -1; self->s.v[i] = 1; }
BEGIN { i = 4; trace(x.v[i]); }
BEGIN { i = 3; x.v[i] = 3; printf("%d %d %d\n", x.v[3], x.after, self->s.v[0]); exit(0); }
' 2>"$TMPDIR/stderr"
rc=$?
sed 's/(0x[0-9a-f]*)/(ADDR)/; s/DIF offset [0-9]*/DIF offset N/' "$TMPDIR/stderr" >&2
exit $rc
