# The D library's error numbers (DTrace's errno.d, with Linux's values):
# the workload's pread64(-1) fails with EBADF, and errno says so by name.
"$DTRACE" -q -c "$BUILD/tests/progs/workload syscalls 2" -n '
BEGIN { printf("%d %d %d %d\n", EPERM, ENOENT, EAGAIN == EWOULDBLOCK, ERANGE); }
syscall::pread64:return /pid == $target && errno == EBADF/ { @ = count(); }'
