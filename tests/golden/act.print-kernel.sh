# print() of kernel types from BTF: a struct __kernel_timespec read with
# copyin() from nanosleep()'s argument (10 ms: tv_nsec 10000000), the
# task's comm (a char array member, printed as a string)
"$DTRACE" -q -c "$BUILD/tests/progs/workload sleep 10" -n '
syscall::clock_nanosleep:entry /pid == $target/ {
	print(*(struct __kernel_timespec *)copyin(arg2,
	    sizeof (struct __kernel_timespec)));
	printf("\n");
	print(curthread->comm);
	print(curthread->pid == pid);
	exit(0);
}'
echo "status $?"
# the whole task (some 3 to 13 KiB of kernel struct) prints and its comm
# member is there, indented once
"$DTRACE" -q -c "$BUILD/tests/progs/workload sleep 10" -n '
syscall::clock_nanosleep:entry /pid == $target/ { print(*curthread); exit(0); }' |
    grep -E '^(kthread_t \{|    char \[16\] comm = \[ "workload" \]|\})$'
