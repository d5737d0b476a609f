/*
 * In the manner of dtruss (DTraceToolkit), a truss/strace made of D: each
 * system call of the workload between its markers, as "call(args) =
 * return Err#errno".  Arguments are printed by kind, as dtruss does per
 * call: numbers in hex, and the bytes a write(2) passes shown as a
 * string with escapes (%S of copyinstr(addr, len)).  Entry values are
 * kept in self-> until the return prints the line: the call's name first,
 * by one clause for all returns, then its arguments by a clause per call.
 */
#pragma D option quiet

syscall::getpgid:entry
/pid == $target && (int)arg0 == -4242/
{
	self->on = 1;
}

syscall::getpgid:entry,
syscall::getppid:entry,
syscall::pread64:entry,
syscall::write:entry
/self->on/
{
	self->arg0 = arg0;
	self->arg1 = arg1;
	self->arg2 = arg2;
	self->arg3 = arg3;
	self->in = 1;
}

syscall:::return
/self->in/
{
	printf("%s", probefunc);
}

syscall::getpgid:return
/self->in/
{
	printf("(0x%X)\t\t = %d Err#%d\n", self->arg0, (int)arg0, errno);
}

syscall::getppid:return
/self->in/
{
	printf("()\t\t = %s Err#%d\n",
	    arg0 == $pid ? "DTRACE" : lltostr(arg0), errno);
}

syscall::pread64:return
/self->in/
{
	printf("(0x%X, 0x%X, 0x%X, 0x%X)\t\t = %d Err#%d\n",
	    self->arg0, self->arg1, self->arg2, self->arg3, (int)arg0, errno);
}

syscall::write:return
/self->in/
{
	printf("(0x%X, \"%S\", 0x%X)\t\t = %d Err#%d\n",
	    self->arg0, copyinstr(self->arg1, self->arg2), self->arg2,
	    (int)arg0, errno);
}

syscall::getpgid:return
/self->in && (int)self->arg0 == -4343/
{
	self->on = 0;
}

syscall:::return
/self->in/
{
	self->in = 0;
}
