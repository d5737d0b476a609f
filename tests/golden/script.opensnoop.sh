# script.opensnoop.d, an opensnoop-like script, on a shell script that
# runs cat in the test's directory over: a symbolic link to data/file, a
# relative path with "..", a missing file and a directory; its output
# goes to /dev/null, which the forked shell opens for writing before it
# execs cat.  Each open prints what the process asked for (copyinstr() of
# the pointer saved at entry, the flags decoded with strjoin(), the
# command line from curpsinfo), basename(), dirname() and cleanpath() of
# it, and for a descriptor the file the kernel resolved (fds[] at
# openat:return: fi_pathname, fi_mount, fi_fs).  The dynamic loader's
# opens (O_CLOEXEC) are left out.  Absolute paths and file system types
# are replaced by names.
dir=$(realpath "$TMPDIR")
mkdir -p "$dir/data/sub"
echo hello > "$dir/data/file"
ln -s data/file "$dir/link"
cat > "$dir/job.sh" <<'JOB'
cd "$1" || exit 1
cat link data/sub/../file missing data > /dev/null
JOB
fs=$(findmnt -n -o FSTYPE --target "$dir")
mnt=$(findmnt -n -o TARGET --target "$dir")
devfs=$(findmnt -n -o FSTYPE --target /dev/null)
devmnt=$(findmnt -n -o TARGET --target /dev/null)
"$DTRACE" -s script.opensnoop.d -c "sh $dir/job.sh $dir" \
    > "$TMPDIR/trace" 2> "$TMPDIR/err"
echo "status $?"
sed -e "s|$dir|TMP|g" -e "s| on $mnt ($fs)\$| on MOUNT (FS)|" \
    -e "s| on $devmnt ($devfs)\$| on DEVMOUNT (DEVFS)|" "$TMPDIR/trace"
echo "stderr (cat's):"
sed "s|$dir|TMP|g" "$TMPDIR/err"
