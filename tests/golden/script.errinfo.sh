# script.errinfo.d, an errinfo-like script, on "workload syscalls 3"
# between its markers: getpgid(-4242) and getpgid(-4343) fail with ESRCH
# (3, left out of the script's table on purpose, so printed by number),
# the 3 pread64(-1, ...) in between with EBADF; getppid and the write of
# "done\n" succeed and are not shown (the trace goes to a file, -o, and
# the workload's "done" to the shell's standard output, shown after).  Checks an associative array of
# strings filled in BEGIN and read with errno as key, "" for a missing
# key, lltostr() and strjoin(), syscall:::return for every call, self->
# flags set at entry and cleared at return, and printa() of a count keyed
# by four values, one of them a string built in the clause.
"$DTRACE" -o "$TMPDIR/trace" -s script.errinfo.d \
    -c "$BUILD/tests/progs/workload syscalls 3" > "$TMPDIR/stdout"
echo "status $?"
cat "$TMPDIR/trace"
echo "standard output:"
cat "$TMPDIR/stdout"
