# probeprov, probemod, probefunc, probename and id inside a program shared
# by every system call are those of the probe that fired; the IDs match
# what -l lists.
"$DTRACE" -q -c "$BUILD/tests/progs/workload syscalls 1" -n '
syscall:::entry,syscall:::return /pid == $target && probefunc == "getppid"/ {
	printf("%d %s:%s:%s:%s\n", id, probeprov, probemod, probefunc, probename);
}'
"$DTRACE" -l -n 'syscall::getppid:' | awk 'NR > 1 { print $1, $2 ":" $3 ":" $4 ":" $5 }'
