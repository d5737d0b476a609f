# Counts are exact: 1000 pread64 and 1000 getppid calls, counted by every
# system call probe enabled at once (one program dispatching on the system
# call number, probefunc from its table) and by a clause for one of them.
"$DTRACE" -q -c "$BUILD/tests/progs/workload syscalls 1000" -n '
syscall:::entry /pid == $target && (probefunc == "getppid" || (probefunc == "pread64" && (int)arg0 == -1))/ { @[probefunc, probename] = count(); }
syscall::getppid:entry /pid == $target/ { n++; }
syscall::getppid:return /pid == $target/ { r++; }
END { printf("getppid entry %d return %d\n", n, r); }'
