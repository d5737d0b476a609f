# thread-local struct variables: self->t = *curthread copies the task's
# bytes from kernel memory (bpf_probe_read_kernel), checked against what
# the builtins say of the same thread, in a later probe; the copy is the
# thread's own and a copy; one never assigned reads as zeros; a copy from
# a bad address is a fault of its clause that leaves the variable as it was
"$DTRACE" -q -c "$BUILD/tests/progs/workload sleep 10" -n '
self struct task_struct never;

syscall::clock_nanosleep:entry
/pid == $target/
{
	self->t = *curthread;
}

syscall::clock_nanosleep:return
/self->t.pid != 0/
{
	printf("pid %d tgid %d comm %d parent %d\n", self->t.pid == tid,
	    self->t.tgid == pid, self->t.comm == execname,
	    self->t.real_parent->tgid == ppid);
	printf("never %d %d [%s]\n", self->never.pid, self->never.tgid,
	    self->never.comm);
	self->t.pid = 0;
	printf("copy %d %d\n", self->t.pid, curthread->pid == tid);
	self->t.pid = tid;
}

syscall::clock_nanosleep:return
/self->t.pid != 0/
{
	self->t = *(struct task_struct *)8;
}

syscall::clock_nanosleep:return
/self->t.pid != 0/
{
	printf("kept %d\n", self->t.pid == tid);
	exit(0);
}' 2>"$TMPDIR/stderr"
rc=$?
sed 's/(0x[0-9a-f]*)/(ADDR)/; s/DIF offset [0-9]*/DIF offset N/; s/probe ID [0-9]* (ID [0-9]*:/probe ID N (ID N:/' "$TMPDIR/stderr" >&2
exit $rc
