# specsize: records beyond it are speculative drops, reported (as DTrace
# does) when the speculation is committed, never when it is discarded.
# Each record here is 16 bytes (header, speculation, the int): 3 fit in 48.
"$DTRACE" -q -x specsize=48 -n '
BEGIN { a = speculation(); b = speculation(); }
BEGIN { speculate(a); printf("%d\n", 1); }
BEGIN { speculate(a); printf("%d\n", 2); }
BEGIN { speculate(a); printf("%d\n", 3); }
BEGIN { speculate(a); printf("%d\n", 4); }
BEGIN { speculate(a); printf("%d\n", 5); }
BEGIN { commit(a); }
BEGIN { c = speculation(); }
BEGIN { speculate(c); printf("%d\n", 6); }
BEGIN { speculate(c); printf("%d\n", 7); }
BEGIN { speculate(c); printf("%d\n", 8); }
BEGIN { speculate(c); printf("%d\n", 9); }
BEGIN { discard(c); exit(0); }'
echo "status $?"
