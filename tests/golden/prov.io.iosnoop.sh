# An iosnoop/iolatency-style script on the io provider: the workload
# writes then reads 8 blocks of 4 KiB with O_DIRECT.  Each block is one
# synchronous request at start (args[0] bufinfo_t: B_WRITE then B_READ,
# b_bcount 4096, no B_ASYNC; args[1] devinfo_t of the device the file is
# on; args[2] fileinfo_t: a block request carries no file, "<none>" as in
# DTrace).  8 reads are of blocks written (the file system may write more
# blocks of its own: at least 8 writes of 4 KiB); each read completes at done,
# matched by device and block, after some time.
dev=$(stat -c '%d' "$TMPDIR")
"$DTRACE" -q -c "$BUILD/tests/progs/workload io $TMPDIR/file 8" -n '
io:::start /pid == $target && args[0]->b_flags & B_WRITE/ {
	written[args[0]->b_edev, args[0]->b_blkno] = 1;
}
io:::start /pid == $target && args[0]->b_flags & B_WRITE &&
    args[0]->b_bcount == 4096/ {
	@w[args[0]->b_bcount, args[0]->b_flags & B_ASYNC,
	    args[2]->fi_pathname] = count();
}
io:::start /pid == $target && args[0]->b_flags & B_READ &&
    written[args[0]->b_edev, args[0]->b_blkno]/ {
	@r[args[0]->b_bcount, args[0]->b_flags & B_ASYNC,
	    args[2]->fi_pathname] = count();
	@dev[args[1]->dev_major, args[1]->dev_minor, args[1]->dev_statname] =
	    count();
	start[args[0]->b_edev, args[0]->b_blkno] = timestamp;
}
io:::done /start[args[0]->b_edev, args[0]->b_blkno]/ {
	@done[timestamp > start[args[0]->b_edev, args[0]->b_blkno]] = count();
	start[args[0]->b_edev, args[0]->b_blkno] = 0;
}
END {
	printa("written %d async %d file %s: %@d\n", @w);
	printa("read back %d async %d file %s: %@d\n", @r);
	printa("done, later than start %d: %@d\n", @done);
	printa("%d %d %s: %@d\n", @dev);
}' | sed -e "s/^$((dev >> 8)) $((dev & 255)) [a-z0-9]*: [0-9]*$/DEVICE/" \
    -e 's/^\(written.*: \)\([89]\|[1-9][0-9]\)$/\18 or more/'
