# fbt::vfs_read:entry counts the reads of a file (needs fentry or kprobes).
out=$("$DTRACE" -q -c 'head -c 100 /etc/passwd' -n 'fbt::vfs_read:entry /pid == $target/ { n++; } END { printf("reads %d\n", n > 0); }' 2>&1 >/dev/null)
case $out in
*"has neither"*) echo "fbt: kernel has no fentry and no kprobes"; exit 77 ;;
esac
"$DTRACE" -q -c 'head -c 100 /etc/passwd' -n 'fbt::vfs_read:entry /pid == $target/ { n++; } END { printf("reads %d\n", n > 0); }' 2>&1 | tail -1
