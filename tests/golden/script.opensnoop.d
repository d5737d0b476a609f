/*
 * In the manner of opensnoop (DTraceToolkit), with its -e (errno) and -g
 * (whole command line) columns, written for Linux's openat(2): the path
 * pointer and the flags are noted at entry, the path copied in at return
 * (when the kernel has read it, so it is in memory), and for an open that
 * succeeded the file the new descriptor names, through fds[], which
 * resolves symbolic links and "..".  Opens with O_CLOEXEC (the dynamic
 * loader's and the C library's own) are left out, as opensnoop's -x
 * would; so are processes other than $target and its descendants.
 */
#pragma D option quiet

inline int O_ACCMODE = 3;
inline int O_WRONLY = 1;
inline int O_RDWR = 2;
inline int O_CREAT = 0x40;
inline int O_TRUNC = 0x200;
inline int O_CLOEXEC = 0x80000;

dtrace:::BEGIN
{
	printf("%-6s %3s %3s %-24s %s\n", "COMM", "FD", "ERR", "FLAGS", "PATH");
}

syscall::openat:entry
/progenyof($target) && !(arg2 & O_CLOEXEC)/
{
	self->pathp = arg1;
	self->flags = (arg2 & O_ACCMODE) == O_WRONLY ? "O_WRONLY" :
	    (arg2 & O_ACCMODE) == O_RDWR ? "O_RDWR" : "O_RDONLY";
	self->flags = arg2 & O_CREAT ? strjoin(self->flags, "|O_CREAT") :
	    self->flags;
	self->flags = arg2 & O_TRUNC ? strjoin(self->flags, "|O_TRUNC") :
	    self->flags;
}

syscall::openat:return
/self->pathp/
{
	self->path = copyinstr(self->pathp);
	printf("%-6s %3d %3d %-24s %s\n", execname, (int)arg0, errno,
	    self->flags, self->path);
	printf("       args \"%s\"\n", curpsinfo->pr_psargs);
	printf("       base \"%s\" dir \"%s\" clean \"%s\"\n",
	    basename(self->path), dirname(self->path),
	    cleanpath(self->path));
	@opens[execname, errno] = count();
}

syscall::openat:return
/self->pathp && (int)arg0 >= 0/
{
	printf("       file %s on %s (%s)\n", fds[arg0].fi_pathname,
	    fds[arg0].fi_mount, fds[arg0].fi_fs);
}

syscall::openat:return
/self->pathp/
{
	self->pathp = 0;
}

dtrace:::END
{
	printa("%s: errno %d, %@d opens\n", @opens);
}
