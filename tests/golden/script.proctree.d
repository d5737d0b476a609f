/*
 * A process tree as it happens, in the spirit of execsnoop and the
 * DTrace book's process-lifetime scripts: every program $target and its
 * descendants execute, indented by its depth in the tree, and every exit
 * with its status or signal (from the kernel's task_struct, as the
 * book's scripts read curthread).  The depth of each new process is
 * kept in an associative array keyed by pid; the indentation is built
 * by a loop (an extension) with strjoin().
 */
#pragma D option quiet

dtrace:::BEGIN
{
	depth[$target] = 0;	/* the root (and the array's first use) */
}

proc:::create
/progenyof($target)/
{
	depth[args[0]->pr_pid] = depth[pid] + 1;
}

proc:::exec-success
/progenyof($target)/
{
	this->pad = "";
	for (i = 0; i < depth[pid]; i++)
		this->pad = strjoin(this->pad, "    ");
	printf("%sexec %s\n", this->pad, curpsinfo->pr_psargs);
}

proc:::exit
/progenyof($target)/
{
	this->pad = "";
	for (i = 0; i < depth[pid]; i++)
		this->pad = strjoin(this->pad, "    ");
	this->code = curthread->exit_code;
	if (this->code & 0x7f) {
		printf("%sexit %s: signal %d\n", this->pad, execname,
		    this->code & 0x7f);
	} else {
		printf("%sexit %s: status %d\n", this->pad, execname,
		    this->code >> 8);
	}
	@exits[depth[pid], execname] = count();
	depth[pid] = 0;
}

dtrace:::END
{
	printa("depth %d %-8s %@d\n", @exits);
}
