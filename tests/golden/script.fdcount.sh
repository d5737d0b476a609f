# script.fdcount.d, the classic count of reads and writes by process and
# file (execname, fds[].fi_fs, fds[].fi_name), on a shell script whose
# commands read and write known files: dd copies 3000 bytes in blocks of
# 1000 (4 reads, the last at end of file, and 3 writes); cat copies
# /proc/sys/kernel/ostype ("Linux\n", on proc) to /dev/null; a subshell
# writes "hi\n" into a pipe (no name, pipefs) that cat copies to a file;
# sh reads the script itself (twice, the second at end of file).  Checks
# progenyof($target) across fork and exec, fds[] in predicates and keys,
# index(), self-> across entry and return, and printa() of two
# aggregations, sorted by their values (so the keys at entry and return
# must be the same).  File system types are replaced by FS (the
# directory of the test) and DEVFS (/dev/null).
cd "$TMPDIR" || exit 1
printf 'x%.0s' {1..3000} > in
cat > job.sh <<'JOB'
cd "$1" || exit 1
dd if=in of=out bs=1000 status=none
cat /proc/sys/kernel/ostype > /dev/null
echo hi | cat > piped
JOB
fs=$(findmnt -n -o FSTYPE --target "$TMPDIR")
devfs=$(findmnt -n -o FSTYPE --target /dev/null)
cd "$TESTS/golden" || exit 1
"$DTRACE" -s script.fdcount.d -c "sh $TMPDIR/job.sh $TMPDIR" > "$TMPDIR/trace"
echo "status $?"
sed -E -e "/ null /s/ $(printf '%-8s' "$devfs") / $(printf '%-8s' DEVFS) /" \
    -e "s/ $(printf '%-8s' "$fs") / $(printf '%-8s' FS) /" "$TMPDIR/trace"
