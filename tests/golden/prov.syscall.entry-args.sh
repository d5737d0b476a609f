# syscall entry probes: arg0..arg3 are the call's arguments, in order, for
# pread64(-1, NULL, 1234, 5678) made three times by the workload.
"$DTRACE" -q -c "$BUILD/tests/progs/workload syscalls 3" -n 'syscall::pread64:entry /pid == $target && (int)arg0 == -1/ { printf("%s:%s %d %d %d %d\n", probefunc, probename, (int)arg0, arg1, arg2, arg3); }'
