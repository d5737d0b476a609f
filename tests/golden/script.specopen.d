/*
 * After specopen.d (DTrace Guide, "Speculative Tracing"), which follows
 * everything an open(2) does in the kernel but shows it only when the
 * open fails.  Here each file the command opens gets a speculation that
 * holds its whole story: the open, every read of the descriptor and the
 * close.  The story is committed, and so printed, only if something in it
 * failed (the open itself, or a read); otherwise it is discarded.
 */
#pragma D option quiet
#pragma D option nspec=4

syscall::openat:entry
/pid == $target/
{
	self->spec = speculation();
	self->path = arg1;
	speculate(self->spec);
	printf("%s -> openat\n", execname);
}

syscall::openat:return
/self->spec/
{
	speculate(self->spec);
	printf("%s <- openat \"%s\" = %d, errno %d\n", execname,
	    copyinstr(self->path), (int)arg0, errno);
	self->fd = arg0;
	self->failed = errno != 0;
}

syscall::openat:return
/self->spec && self->failed/
{
	@stories["committed after openat"] = count();
	commit(self->spec);
	self->spec = 0;
}

syscall::read:entry
/self->spec && arg0 == self->fd/
{
	self->reading = 1;
}

syscall::read:return
/self->reading/
{
	speculate(self->spec);
	printf("%s    read(%d) = %d, errno %d\n", execname, self->fd,
	    (int)arg0, errno);
	self->failed |= errno != 0;
	self->reading = 0;
}

syscall::close:entry
/self->spec && arg0 == self->fd/
{
	speculate(self->spec);
	printf("%s    close(%d)\n", execname, self->fd);
	self->closing = 1;
}

syscall::close:return
/self->closing && self->failed/
{
	@stories["committed at close"] = count();
	commit(self->spec);
}

syscall::close:return
/self->closing && !self->failed/
{
	discard(self->spec);
}

syscall::close:return
/self->closing/
{
	self->spec = 0;
	self->closing = 0;
}

dtrace:::END
{
	printa("%s: %@d\n", @stories);
}
