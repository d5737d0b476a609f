# fbt::vfs_read:entry and return on reads the test makes (needs fentry or
# kprobes): the count is exact, args[0] is the file read (its inode number
# from the struct file), args[2] the size asked for, args[1] at return what
# the read returned, and stack() starts in the kernel's read path.
out=$("$DTRACE" -q -n 'fbt::vfs_read:entry { exit(0); }' 2>&1 >/dev/null)
case $out in
*"has neither"*) echo "fbt: kernel has no fentry and no kprobes"; exit 77 ;;
esac
f=$TMPDIR/fbtfile
printf 'hello fbt\n' > "$f"
"$DTRACE" -q -c "$BUILD/tests/progs/workload read $f 3" -n '
fbt::vfs_read:entry /pid == $target && args[2] == 4321/ {
	n++; ino = args[0]->f_inode->i_ino; self->in = 1;
	@s[stack()] = count();
}
fbt::vfs_read:return /self->in/ { @r[args[1]] = count(); self->in = 0; }
END {
	printf("reads %d, %s\n", n, ino == $1 ? "same inode" : "other inode");
	printa("returned %d: %@d\n", @r);
	printa(@s);
}' "$(stat -c %i "$f")" > "$TMPDIR/out" 2>&1
echo "status $?"
head -2 "$TMPDIR/out"
grep -q 'vmlinux`ksys_read' "$TMPDIR/out" && echo "stack has ksys_read"
