# fds[]: the files of the current process, through DTrace's fileinfo_t:
# the name, file system (as findmnt names it) and offset of the file the
# workload reads, before and after each read; its open flags (O_RDONLY);
# descriptors not open; and the one-liner, a quantize of the
# sizes read from files on that file system (of that file only: the
# dynamic loader's reads of libraries may be on it too)
f=$TMPDIR/data
head -c 10000 /dev/zero > "$f"
fs=$(findmnt -n -o FSTYPE --target "$f")
"$DTRACE" -q -c "$BUILD/tests/progs/workload read $f 3" -n '
syscall::read:entry /pid == $target && fds[arg0].fi_name == "data"/
{
	self->fd = arg0;
	printf("entry %s %s offset %d flags %x\n", fds[arg0].fi_name,
	    fds[arg0].fi_fs, fds[arg0].fi_offset, fds[arg0].fi_oflags & 3);
}
syscall::read:return /self->fd/
{
	printf("return offset %d\n", fds[self->fd].fi_offset);
	self->fd = 0;
}
END
{
	printf("not open: %s %s %d %d\n", fds[-1].fi_name, fds[1000000].fi_fs,
	    fds[12345].fi_offset, fds[-5].fi_oflags);
}' | sed "s/ $fs / FS /"
"$DTRACE" -q -c "$BUILD/tests/progs/workload read $f 3" -n "
syscall::read:entry /pid == \$target && fds[arg0].fi_fs == \"$fs\" &&
    fds[arg0].fi_name == \"data\"/ { @ = quantize(arg2); }"
