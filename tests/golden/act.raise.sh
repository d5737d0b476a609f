# raise(sig): the signal goes to the thread that fired the probe; SIGUSR2
# kills the workload (status 128 + 12; a shell between reports it, so the
# test's own shell has no dead job to talk about).  A number that is not a
# signal is an illegal operation fault, as in DTrace: the clause stops
# there.
w="$BUILD/tests/progs/workload"
sh -c '"$1" loop 5000; echo "workload: status $?" >"$2"' sh "$w" \
    "$TMPDIR/status" 2>/dev/null & sh=$!
"$DTRACE" -w -q -n 'syscall::getppid:entry /ppid == $1/ { raise(SIGUSR2);
    printf("raise(%d) in %s\n", SIGUSR2, execname); exit(0); }' $sh
echo "dtrace: status $?"
wait $sh
cat "$TMPDIR/status"
"$DTRACE" -w -q -n 'BEGIN { raise(65); printf("not reached\n"); }
    BEGIN { raise(-1); printf("not reached\n"); }
    BEGIN { printf("after\n"); exit(0); }' 2>"$TMPDIR/err"
echo "status $?"
# (the DIF offset depends on the code generator: it is replaced by N)
sed 's/ at DIF offset [0-9][0-9]*$/ at DIF offset N/' "$TMPDIR/err"
