# Where the kernel has neither fentry/fexit nor kprobes, naming the fbt
# provider fails in one line, exit status 1, and nothing is attached.  On a
# kernel that has either, this test does not apply.
out=$("$DTRACE" -n 'fbt::vfs_read:entry { @ = count(); }' 2>&1)
rc=$?
case $out in
*"has neither"*) ;;
*) echo "fbt: this kernel has fentry or kprobes"; exit 77 ;;
esac
echo "$out"
echo "status $rc"
