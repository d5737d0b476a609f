# pr_psargs is read from the arguments in the process's own memory, which a
# probe can read only in that process: for another one (sched:::enqueue
# fires in the waker, args[1] is the sleeper woken) it is the process's
# name, as for kernel threads.  In the workload's own context it is its
# command line.
"$DTRACE" -q -c "$BUILD/tests/progs/workload sleep 20" -n '
sched:::enqueue /args[1]->pr_pid == $target && pid != $target &&
    args[1]->pr_fname == "workload"/ {
	@["woken by another", args[1]->pr_psargs] = count();
}
syscall::getpgid:entry /pid == $target/ {
	@["own", curpsinfo->pr_psargs] = count();
}
END { printa("%s: %s\n", @); }' | sed "s|$BUILD|BUILD|" | sort
