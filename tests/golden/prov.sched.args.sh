# DTrace's args[] of the sched provider: the thread (lwpsinfo_t *) and
# process (psinfo_t *) woken, queued, dequeued, or switched to, from the
# kernel's task, against arg0/arg1 (tid, pid) and the workload's name.  The
# workload sleeps 5 times: as it sleeps it is dequeued in the state of a
# sleeper, and when woken it is queued, in the runnable state; as it exits
# it is dequeued a last time, a zombie.  3 or more of each are asked for,
# as a timer may expire before its thread is off the CPU.  (Before its
# exec, the child is a dtrace whose sleeps depend on timing: not counted.)
"$DTRACE" -q -c "$BUILD/tests/progs/workload sleep 20" -n '
sched:::dequeue /args[1]->pr_pid == $target && args[1]->pr_fname == "workload"/ {
	@["dequeue", args[0]->pr_lwpid == arg0, args[1]->pr_pid == arg1,
	    args[1]->pr_fname, args[0]->pr_sname] = count();
}
sched:::wakeup /args[1]->pr_pid == $target && args[1]->pr_fname == "workload"/ {
	@["wakeup", args[0]->pr_lwpid == arg0, args[1]->pr_pid == arg1,
	    args[1]->pr_fname, (char)45] = count();
}
sched:::enqueue /args[1]->pr_pid == $target && args[1]->pr_fname == "workload"/ {
	@["enqueue", args[0]->pr_lwpid == arg0, args[1]->pr_pid == arg1,
	    args[1]->pr_fname, args[0]->pr_sname] = count();
}
sched:::off-cpu /args[1]->pr_pid == $target && args[1]->pr_fname == "workload"/ {
	@["off-cpu to it", args[0]->pr_lwpid == arg0, args[1]->pr_pid == arg1,
	    args[1]->pr_fname, (char)45] = count();
}
END { printa("%s %d %d %s %c: %@d\n", @); }' | sed -E 's/: ([3-9]|[1-9][0-9]+)$/: 3 or more/' | sort
