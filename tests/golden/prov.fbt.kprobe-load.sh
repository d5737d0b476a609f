# -x fbtmode=kprobe on a kernel without kprobes: the entry and return
# programs (typed args[], a kernel struct member, stack()) pass the BPF
# verifier as kprobe programs, and enabling fails in one line naming the
# missing kprobe PMU, status 1, with the -c command killed.  On a kernel
# with kprobes, prov.fbt.vfs-read traces for real instead.
[ -e /sys/bus/event_source/devices/kprobe ] &&
	{ echo "fbt: kernel has kprobes, prov.fbt.vfs-read applies"; exit 77; }
"$DTRACE" -x fbtmode=kprobe -q -c "$BUILD/tests/progs/workload sleep 2000" -n '
fbt::vfs_read:entry { @[args[0]->f_inode->i_ino, args[2]] = count(); @s[stack()] = count(); }
fbt::vfs_read:return { @r = quantize(args[1]); }' 2>&1
echo "status $?"
pgrep -f "workload sleep 2000" >/dev/null && echo "workload left running"
exit 0
