# The default action prints the probe that fired; with one program for
# every system call, each line names its own call.
"$DTRACE" -c "$BUILD/tests/progs/workload syscalls 2" -n 'syscall::getppid:entry,syscall::getppid:return,syscall::pread64:entry /pid == $target && (probefunc != "pread64" || (int)arg0 == -1)/ {}' 2>/dev/null | awk 'NR > 1 && NF == 3 { print $3 }'
