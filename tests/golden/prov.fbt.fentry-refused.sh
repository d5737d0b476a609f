# -x fbtmode=fentry on a kernel that cannot run BPF trampolines: the load
# is refused and dtrace says why in one line, status 1.  Skipped where the
# kernel runs fentry programs (prov.fbt.vfs-read traces there).
out=$("$DTRACE" -x fbtmode=fentry -n 'fbt::vfs_read:return { trace(args[1]); }' 2>&1)
rc=$?
case $out in
*"refused an fentry"*) ;;
*) echo "fbt: kernel runs fentry programs"; exit 77 ;;
esac
echo "$out"
echo "status $rc"
