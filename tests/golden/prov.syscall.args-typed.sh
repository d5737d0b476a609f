# args[] of system calls, typed as the kernel's formats say: the workload's
# 1000 pread64(-1, NULL, 1234, 5678) calls have args[0] an unsigned int,
# args[1] a NULL pointer, args[2] 1234 and args[3] 5678; their returns have
# args[0] -EBADF.  -lv lists the same types.
"$DTRACE" -q -c "$BUILD/tests/progs/workload syscalls 1000" -n '
syscall::pread64:entry /pid == $target && args[1] == NULL/ { @e[args[0], args[2], args[3]] = count(); }
syscall::pread64:return /pid == $target && args[0] < 0/ { @r[args[0]] = count(); }
END { printa("entry fd %d count %d pos %d: %@d\n", @e); printa("return %d: %@d\n", @r); }' | grep -v '^done$'
"$DTRACE" -lv -n syscall::pread64:entry | grep 'args\['
