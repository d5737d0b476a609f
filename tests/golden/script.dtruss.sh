# script.dtruss.d, a dtruss-like trace of "workload syscalls 2" between
# its markers: getpgid(-4242) fails with ESRCH, then twice pread64(-1,
# NULL, 1234, 5678) fails with EBADF and getppid() returns dtrace's pid
# (dtrace started the workload: $pid), then write(1, "done\n", 5), and
# getpgid(-4343).  The workload passes its ints through syscall()'s
# varargs, so the registers, and arg0, hold them zero-extended (-4242 is
# 0xFFFFEF6E).  Checks %X, %S (escapes), copyinstr() with a length (the
# buffer has no NUL), $pid, lltostr(), several self-> values across
# entry and return, a probe list sharing one clause, several clauses per
# probe run in order into one line, and probefunc in syscall:::return.
# The trace goes to a file (-o), the workload's "done" to the shell's
# standard output, shown after.
"$DTRACE" -o "$TMPDIR/trace" -s script.dtruss.d \
    -c "$BUILD/tests/progs/workload syscalls 2" > "$TMPDIR/stdout"
echo "status $?"
cat "$TMPDIR/trace"
echo "standard output:"
cat "$TMPDIR/stdout"
