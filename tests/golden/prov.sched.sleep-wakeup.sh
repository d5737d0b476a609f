# A thread that sleeps five times: each sleep is a sched:::sleep and a
# dequeue of it, then a wakeup and an enqueue of it (arg1 is the pid of the
# thread woken or queued); it goes off and on the CPU as many times, the
# extra off-cpu events being preemptions.  on-cpu runs as the incoming
# thread: its pid and execname are the workload's.
"$DTRACE" -q -c "$BUILD/tests/progs/workload sleep 20" -n '
sched:::sleep /pid == $target/ { sleep++; }
sched:::dequeue /arg1 == $target && arg0 == $target/ { dequeue++; }
sched:::wakeup /arg1 == $target/ { wakeup++; }
sched:::enqueue /arg1 == $target/ { enqueue++; }
sched:::on-cpu /pid == $target/ { on++; }
sched:::on-cpu /pid == $target && execname != "workload" && execname != "dtrace"/ { bad++; }
sched:::off-cpu /pid == $target/ { off++; }
sched:::preempt /pid == $target/ { preempt++; }
syscall::clock_nanosleep:entry,syscall::nanosleep:entry /pid == $target/ { ns++; }
END {
	printf("nanosleep calls %d\n", ns);
	printf("sleep >= 5: %d\n", sleep >= 5);
	printf("dequeue == sleep: %d\n", dequeue == sleep);
	printf("wakeup == sleep: %d\n", wakeup == sleep);
	printf("enqueue == sleep: %d\n", enqueue == sleep);
	printf("on == off: %d\n", on == off);
	printf("on-cpu as another thread: %d\n", bad);
	printf("off == sleep + preempt: %d\n", off == sleep + preempt);
}'
