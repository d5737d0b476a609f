# A rwsnoop-like script (script.rwsnoop.d, after DTraceToolkit's rwsnoop)
# on dd copying a 2500-byte file in blocks of 1000 bytes: reads of 1000,
# 1000, 500 and 0 bytes (end of file), each but the last followed by a
# write of the same size.  dd dup2()s the files onto descriptors 0 and 1
# before it copies, so the FILE column also checks that fds[] follows the
# process's descriptor table rather than what it opened.  Checks self->
# variables across entry and return, fds[].fi_pathname and fi_dirname,
# uid/pid/execname, printf widths and precision, $target with a macro
# argument, and printa() of two aggregations with the same keys.
dir=$(realpath "$TMPDIR")
head -c 2500 /dev/zero > "$dir/in"
"$DTRACE" -s script.rwsnoop.d \
    -c "dd if=$dir/in of=$dir/out bs=1000 status=none" "$dir" > "$TMPDIR/trace"
echo "status $?"
# dd's pid, known only when it starts, is on the first line: the PID
# column must show it
target=$(sed -n '1s/^pid \([0-9]*\), .*/\1/p' "$TMPDIR/trace")
sed -E -e "s|$dir|TMP|" -e "s/^( *[0-9]+) +$target /\1    PID /" \
    -e "s/^pid $target,/pid PID,/" -e "s/^ *$(id -u) /   ME /" "$TMPDIR/trace"
