/*
 * A classic use of speculations, written anew: trace every openat() of
 * the command, with what happened in the kernel in between, but print it
 * only for the calls that fail.
 */
#pragma D option quiet
#pragma D option nspec=4

syscall::openat:entry
/pid == $target/
{
	self->spec = speculation();
	speculate(self->spec);
	printf("%s: openat(%s)", execname, copyinstr(arg1));
}

syscall::read:entry, syscall::close:entry
/self->spec/
{
	speculate(self->spec);
	printf(" %s", probefunc);
}

syscall::openat:return
/self->spec/
{
	speculate(self->spec);
	printf(" = %d, errno %d\n", (int)arg1, errno);
}

syscall::openat:return
/self->spec && (int)arg1 < 0/
{
	commit(self->spec);
	self->spec = 0;
}

syscall::openat:return
/self->spec/
{
	discard(self->spec);
	self->spec = 0;
}
