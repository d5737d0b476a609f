/*
 * In the manner of rwsnoop (DTraceToolkit): one line per read(2) or
 * write(2) as it returns, with who did it, which way, how many bytes and
 * the file's path.  The descriptor is noted at entry in self-> and the
 * file named at return through fds[].  Only files in the directory given
 * as $$1 are shown (rwsnoop shows them all; the others, such as the
 * dynamic loader's read of libc, differ from system to system).  At the
 * end, calls and bytes by direction and file.
 */
#pragma D option quiet
#pragma D option switchrate=10hz

dtrace:::BEGIN
{
	printf("pid %d, files in %s\n", $target, $$1);
	printf("%5s %6s %-12s %1s %7s %s\n",
	    "UID", "PID", "CMD", "D", "BYTES", "FILE");
}

syscall::read:entry,
syscall::write:entry
/pid == $target && fds[arg0].fi_dirname == $$1/
{
	self->fd = arg0;
	self->ok = 1;
}

syscall::read:return,
syscall::write:return
/self->ok/
{
	self->dir = probefunc == "read" ? "R" : "W";
	self->path = fds[self->fd].fi_pathname;
	printf("%5d %6d %-12.12s %1s %7d %s\n",
	    uid, pid, execname, self->dir, (int)arg0, self->path);
	@calls[self->dir, self->path] = count();
	@bytes[self->dir, self->path] = sum(arg0);
	self->ok = 0;
	self->fd = 0;
}

dtrace:::END
{
	printf("\n%1s %5s %7s %s\n", "D", "CALLS", "BYTES", "FILE");
	printa("%1s %@5d %@7d %s\n", @calls, @bytes);
}
