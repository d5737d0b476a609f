# syscall return probes: arg0 and arg1 are the kernel's return value (-EBADF
# for a bad descriptor), errno the error number, 0 on success.
"$DTRACE" -q -c "$BUILD/tests/progs/workload syscalls 3" -n 'syscall::pread64:return,syscall::getppid:return /pid == $target/ { printf("%s:%s %d %d errno=%d\n", probefunc, probename, arg0 < 0 ? arg0 : 1, arg1 < 0 ? arg1 : 1, errno); }' | grep -v '^pread64:return 1 1 errno=0'
