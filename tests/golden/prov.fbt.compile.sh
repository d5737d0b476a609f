# fbt's args[] are typed from BTF, checked when the program compiles (-e
# stops before enabling, so this runs on any kernel with BTF): members of
# the struct file and the return type, and an error for a member that
# struct file does not have.
"$DTRACE" -x fbtmode=kprobe -e -n 'fbt::vfs_read:entry { @[args[0]->f_inode->i_ino] = sum(args[2]); } fbt::vfs_read:return { @r = quantize(args[1]); }' 2>&1
echo "status $?"
"$DTRACE" -x fbtmode=kprobe -e -n 'fbt::vfs_read:entry { trace(args[0]->f_nosuch); }' 2>&1
echo "status $?"
"$DTRACE" -x fbtmode=kprobe -e -n 'fbt::vfs_read:return { trace(args[1]->x); }' 2>&1
echo "status $?"
"$DTRACE" -x fbtmode=bogus -n 'BEGIN { exit(0); }' 2>&1
echo "status $?"
