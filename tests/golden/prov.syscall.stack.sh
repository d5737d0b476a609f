# stack() at a system call starts where the call was traced (not in the
# BPF program or the tracepoint's glue) and ends at the system call entry;
# ustack(2) prints two frames, the first in libc's syscall().  Offsets and
# unnamed addresses are masked.
"$DTRACE" -q -c "$BUILD/tests/progs/workload syscalls 1" -n 'syscall::getppid:entry /pid == $target/ { stack(); ustack(2); }' |
    sed 's/+0x[0-9a-f]*$//; s/`0x[0-9a-f]*$/`ADDR/'
