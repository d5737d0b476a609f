# chill(ns): the probe spins for ns nanoseconds (timestamp moves on in the
# clause).  As DTrace, a CPU chills at most 500 ms in any interval of one
# second: asking for more, or for a negative time, is an illegal
# operation fault that ends the clause.
"$DTRACE" -w -q -n 'BEGIN { t = timestamp; chill(100000000);
    printf("chilled %d00 ms\n", (timestamp - t) / 100000000); }
BEGIN { chill(300000000); printf("400 ms in all\n"); }
BEGIN { chill(200000000); printf("not reached: 600 ms\n"); }
BEGIN { chill(-1); printf("not reached\n"); }
BEGIN { chill(0); printf("0 ms is fine\n"); exit(0); }' 2>"$TMPDIR/err"
echo "status $?"
# (the DIF offset depends on the code generator: it is replaced by N)
sed 's/ at DIF offset [0-9][0-9]*$/ at DIF offset N/' "$TMPDIR/err"
"$DTRACE" -w -q -n 'BEGIN { chill(500000001); }
BEGIN { printf("more than 500 ms at once: refused\n"); exit(0); }' 2>&1 |
    sed 's/ at DIF offset [0-9][0-9]*$/ at DIF offset N/'
