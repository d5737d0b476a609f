# stop(): the process that fired the probe stops (state T), as if sent
# SIGSTOP, until it is continued.
w="$BUILD/tests/progs/workload"
"$w" loop 5000 & pid=$!
"$DTRACE" -w -q -n 'syscall::getppid:entry /pid == $1/ { stop();
    printf("stop() by %s\n", execname); exit(0); }' $pid
echo "dtrace: status $?"
for i in $(seq 100); do
	st=$(awk '{ print $3 }' /proc/$pid/stat)
	[ "$st" = T ] && break
	sleep 0.01
done
echo "process state: $st"
kill -CONT $pid
for i in $(seq 100); do
	st=$(awk '{ print $3 }' /proc/$pid/stat)
	[ "$st" != T ] && break
	sleep 0.01
done
[ "$st" != T ] && echo "continued"
kill $pid
wait $pid 2>/dev/null
echo "workload: status $?"
