# DTrace's args[] of the proc provider, translated from the kernel's
# tasks: create's args[0] is the child (psinfo_t *), lwp-create's the new
# thread (lwpsinfo_t *) and its process, signal-send's the target thread
# and process and the signal, exit's the CLD_* code.  The workload forks 3
# children (which exit), starts 2 threads and sends itself SIGUSR1 4 times.
for mode in "fork 3" "threads 2" "signal 4"; do
echo "== $mode"
"$DTRACE" -q -c "$BUILD/tests/progs/workload $mode" -n '
proc:::create /pid == $target/ {
	@c["create", args[0]->pr_fname, args[0]->pr_ppid == $target,
	    args[0]->pr_pid == arg1, 0] = count();
}
proc:::lwp-create /pid == $target/ {
	@c["lwp-create", args[1]->pr_fname, args[0]->pr_lwpid == arg0,
	    args[1]->pr_pid == $target, 0] = count();
}
proc:::signal-send /pid == $target/ {
	@c["signal-send", args[1]->pr_fname, args[0]->pr_lwpid == $target,
	    args[1]->pr_pid == $target, args[2]] = count();
}
proc:::exit /ppid == $target/ {
	@c["exit", execname, args[0], 0, 0] = count();
}
END { printa("%s %s %d %d %d: %@d\n", @c); }'
done
