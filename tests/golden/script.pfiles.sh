# script.pfiles.d, a pfiles-like listing of the workload's descriptors,
# taken when its first read of the data file returns.  The test sets the
# descriptors up: 0 from /dev/null, 1 a pipe (no path: "<unknown>"), 2 a
# file in the test's directory, 5 a log opened for appending by this
# shell and inherited through dtrace -c (which must pass on nothing of
# its own; whatever else this shell inherited is closed first); the
# workload opened 3, the data file, and read 4321 bytes of it.
# Checks fds[] indexed by a loop variable, continue, if / else if / else
# and if without braces in a loop body, strjoin() into this->, the
# fileinfo_t members fi_oflags, fi_fs, fi_offset and fi_pathname, and
# curpsinfo.
dir=$(realpath "$TMPDIR")
head -c 10000 /dev/zero > "$dir/data"
fs=$(findmnt -n -o FSTYPE --target "$dir")
devfs=$(findmnt -n -o FSTYPE --target /dev/null)
(
	for f in /proc/self/fd/*; do
		n=${f##*/}
		((n > 2)) && eval "exec $n>&-" 2>/dev/null
	done
	"$DTRACE" -s script.pfiles.d \
	    -c "$BUILD/tests/progs/workload read $dir/data 2" \
	    < /dev/null 2> "$dir/err" 5>> "$dir/log"
	echo "status $?" > "$dir/status"
) |
    sed -e "s|$dir|TMP|g" \
        -e "s/ $(printf '%-9s' "$fs") / $(printf '%-9s' FS) /" \
        -e "s/ $(printf '%-9s' "$devfs") \(.*\) \/dev\/null$/ $(printf '%-9s' DEVFS) \1 \/dev\/null/"
cat "$dir/status"
cat "$dir/err"
