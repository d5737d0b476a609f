/*
 * In the manner of errinfo (DTraceToolkit): every failed system call of
 * the workload, with its errno and a description looked up in a table
 * that BEGIN fills (an associative array of strings keyed by number);
 * a number missing from the table is printed as such.  Then the counts,
 * as errinfo -c prints them.  Only calls between the workload's markers
 * getpgid(-4242) and getpgid(-4343), both included, are watched.
 */
#pragma D option quiet

dtrace:::BEGIN
{
	desc[1] = "Operation not permitted";
	desc[2] = "No such file or directory";
	desc[9] = "Bad file descriptor";
	desc[13] = "Permission denied";
	desc[22] = "Invalid argument";
	printf("%16s %16s %4s  %s\n", "EXEC", "SYSCALL", "ERR", "DESC");
}

syscall::getpgid:entry
/pid == $target && (int)arg0 == -4242/
{
	self->on = 1;
}

syscall::getpgid:entry
/self->on && (int)arg0 == -4343/
{
	self->last = 1;
}

syscall:::return
/self->on && errno != 0/
{
	this->desc = desc[errno] != "" ? desc[errno] :
	    strjoin("errno ", lltostr(errno));
	printf("%16s %16s %4d  %s\n", execname, probefunc, errno, this->desc);
	@[execname, probefunc, errno, this->desc] = count();
}

syscall:::return
/self->last/
{
	self->on = 0;
	self->last = 0;
}

dtrace:::END
{
	printf("\n%16s %16s %4s %5s  %s\n", "EXEC", "SYSCALL", "ERR", "COUNT",
	    "DESC");
	printa("%16s %16s %4d %@5d  %s\n", @);
}
