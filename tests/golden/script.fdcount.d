/*
 * Reads and writes by process, file system and file, as the classic
 * one-liner counts them (@[execname, fds[arg0].fi_fs, fds[arg0].fi_name]
 * = count()), over $target and every process it starts, with the bytes
 * they moved.  Reads of shared libraries (the dynamic loader's) are left
 * out: which ones a program loads differs from system to system.
 */
#pragma D option quiet

syscall::read:entry,
syscall::write:entry
/progenyof($target) && index(fds[arg0].fi_name, ".so") < 0/
{
	@calls[execname, probefunc, fds[arg0].fi_fs, fds[arg0].fi_name] =
	    count();
	self->fd = arg0;
	self->ok = 1;
}

syscall::read:return,
syscall::write:return
/self->ok && (int)arg0 >= 0/
{
	@bytes[execname, probefunc, fds[self->fd].fi_fs,
	    fds[self->fd].fi_name] = sum(arg0);
}

syscall::read:return,
syscall::write:return
/self->ok/
{
	self->ok = 0;
}

dtrace:::END
{
	printf("%-6s %-5s %-8s %-10s %5s %5s\n", "CMD", "CALL", "FS", "FILE",
	    "CALLS", "BYTES");
	printa("%-6s %-5s %-8s %-10s %@5d %@5d\n", @calls, @bytes);
}
