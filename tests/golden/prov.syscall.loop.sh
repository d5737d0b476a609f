# A loop in the program every system call shares: the probe's name and
# arguments in the body, a loop per firing
"$DTRACE" -q -c "$BUILD/tests/progs/workload syscalls 2" -n '
syscall::pread64:entry,syscall::getppid:entry
/pid == $target && (probefunc != "pread64" || (int)arg0 == -1)/
{
	for (i = 0; i < 2; i++)
		printf("%s %d %d\n", probefunc, i, probefunc == "pread64" ? arg2 : 0);
	@[probefunc] = count();
}' | grep -v '^done$'
