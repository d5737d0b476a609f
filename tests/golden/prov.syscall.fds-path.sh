# fds[]'s paths: fi_pathname, fi_dirname and fi_mount of the file the
# workload reads, against what realpath(1) and findmnt(8) say of it; the
# same for a file in /proc (another mount, climbed across); a pipe,
# which no path reaches, is "<unknown>"; a descriptor that is not open
# is "<none>"; and xlate<fileinfo_t> of a struct file * directly.
f=$TMPDIR/data
head -c 100 /dev/zero > "$f"
real=$(realpath "$f")
mnt=$(findmnt -n -o TARGET --target "$f")
"$DTRACE" -q -c "$BUILD/tests/progs/workload read $f 1" -n '
syscall::read:entry /pid == $target && fds[arg0].fi_name == "data"/
{
	printf("%s\n%s\n%s\n", fds[arg0].fi_pathname, fds[arg0].fi_dirname,
	    fds[arg0].fi_mount);
	printf("%s\n", xlate <fileinfo_t> (curthread->files->fdt->fd[arg0]).fi_pathname);
}' | sed -e "s|^$real\$|REAL|" -e "s|^$(dirname "$real")\$|DIR|" -e "s|^$mnt\$|MOUNT|"
"$DTRACE" -q -c "cat /proc/version" -n '
syscall::read:entry /pid == $target && fds[arg0].fi_fs == "proc"/
{
	printf("%s %s %s %s\n", fds[arg0].fi_pathname, fds[arg0].fi_dirname,
	    fds[arg0].fi_mount, fds[arg0].fi_name);
	exit(0);
}' | grep -v '^Linux'
printf 'echo x | cat\n' > "$TMPDIR/pipe.sh"
"$DTRACE" -q -c "sh $TMPDIR/pipe.sh" -n '
syscall::read:entry /execname == "cat" && fds[arg0].fi_fs == "pipefs"/
{
	printf("%s %s %s\n", fds[arg0].fi_pathname, fds[arg0].fi_dirname,
	    fds[arg0].fi_name == "" ? "noname" : fds[arg0].fi_name);
	exit(0);
}' | grep -v '^x$'
"$DTRACE" -qn 'BEGIN { printf("%s %s %s\n", fds[-1].fi_pathname,
    fds[100000].fi_dirname, fds[12345].fi_mount); exit(0); }'
# a file deleted while open: " (deleted)" after its path, as the kernel's
# d_path(), and cut with the rest at strsize
printf 'exec 3<"$1"\nrm "$1"\ncat <&3\n' > "$TMPDIR/del.sh"
echo gone > "$TMPDIR/gone"
"$DTRACE" -q -c "sh $TMPDIR/del.sh $TMPDIR/gone" -n '
syscall::read:entry /execname == "cat" && fds[arg0].fi_name == "gone"/
{
	printf("%s|%s\n", fds[arg0].fi_pathname, fds[arg0].fi_dirname);
	exit(0);
}' | grep -v '^gone$' |
    sed -e "s|^$(realpath "$TMPDIR")/|TMP/|" -e "s/|$(realpath "$TMPDIR" | sed 's|/|\\/|g')\$/|TMP/"
echo gone > "$TMPDIR/gone"
"$DTRACE" -x strsize=$(( $(realpath "$TMPDIR" | wc -c) + 7 )) -q -c "sh $TMPDIR/del.sh $TMPDIR/gone" -n '
syscall::read:entry /execname == "cat" && fds[arg0].fi_name == "gone"/
{
	printf("%s\n", fds[arg0].fi_pathname);
	exit(0);
}' | grep -v '^gone$' | sed -e "s|^$(realpath "$TMPDIR")/|TMP/|"
