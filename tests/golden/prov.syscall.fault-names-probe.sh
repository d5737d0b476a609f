# A fault in a program shared by several system calls is reported against
# the probe that fired.
"$DTRACE" -c "$BUILD/tests/progs/workload syscalls 1" -n 'syscall::getppid:entry,syscall::getppid:return /pid == $target/ { x = 1 / (arg0 - arg0); }' 2>&1 >/dev/null | sed -n 's/.*(ID [0-9]*: \(.*\)): \(.*\) in action.*/\1: \2/p'
