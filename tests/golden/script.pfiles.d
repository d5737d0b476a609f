/*
 * In the manner of pfiles(1), the Solaris tool that lists a process's
 * open files, done from inside the kernel: when the workload's first
 * read of its data file returns, a loop (an extension) walks the
 * descriptor table through fds[] and prints, for each open descriptor,
 * its access mode and flags (decoded with if/else and strjoin()), file
 * system, offset and path.
 */
#pragma D option quiet

inline int O_ACCMODE = 3;
inline int O_APPEND = 0x400;
inline int O_NONBLOCK = 0x800;

syscall::read:entry
/pid == $target && fds[arg0].fi_name == "data" && !done/
{
	self->listing = 1;
	done = 1;
}

syscall::read:return
/self->listing/
{
	printf("%s, the target process: %d\n", curpsinfo->pr_fname,
	    curpsinfo->pr_pid == $target);
	for (fd = 0; fd < 32; fd++) {
		if (fds[fd].fi_name == "<none>")
			continue;
		this->mode = fds[fd].fi_oflags & O_ACCMODE;
		if (this->mode == 0) {
			this->flags = "O_RDONLY";
		} else if (this->mode == 1) {
			this->flags = "O_WRONLY";
		} else {
			this->flags = "O_RDWR";
		}
		if (fds[fd].fi_oflags & O_APPEND)
			this->flags = strjoin(this->flags, "|O_APPEND");
		if (fds[fd].fi_oflags & O_NONBLOCK)
			this->flags = strjoin(this->flags, "|O_NONBLOCK");
		printf("%4d: %-18s %-9s off %-5d %s\n", fd, this->flags,
		    fds[fd].fi_fs, fds[fd].fi_offset, fds[fd].fi_pathname);
		n++;
	}
	printf("%d open\n", n);
	self->listing = 0;
}
