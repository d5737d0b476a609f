# syscall::open*:return matches every open-like call; a failed openat of a
# missing file returns -ENOENT with errno 2.  (cat's own message is not
# compared: it may interleave with dtrace's output.)
"$DTRACE" -c 'cat /nonexistent/file' -n 'syscall::open*:return /pid == $target && errno != 0/ { printf("%s %d %d\n", probefunc, arg0, errno); }' -q 2>/dev/null | sort -u
"$DTRACE" -l -n 'syscall::open*:return' | awk '{ print $2, $3, $4, $5 }'
