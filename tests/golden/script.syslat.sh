# script.syslat.d, system call latency by call with quantize(), plus
# if/else and a while loop (extensions), on "workload syscalls 3": 3
# pread64 that fail with EBADF, 3 getppid, one write of "done\n" (the
# first line here), and the start marker getpgid(-4242), which fails
# (ESRCH).  Times differ from run to run, so the distributions are not
# printed as they are: for each call the check is that quantize() counted
# every call, in the power-of-two buckets the loop found by hand (as many
# rows, each with its count), under DTrace's distribution header.
# Checks self-> timestamps across entry and return, quantize() keyed by
# probefunc, errno, if / else if / else in a clause, while with >>= and
# <<=, count() with a string key, printa() with formats and of a
# quantization.
"$DTRACE" -s script.syslat.d -c "$BUILD/tests/progs/workload syscalls 3" \
    > "$TMPDIR/trace"
echo "status $?"
awk '
$0 == "done" { print "workload: done"; next }
/^(ok|failed) / { print; next }
$1 == "byhand" { hand[$2, $3] = $4; next }
/^  [a-z0-9_]+ *$/ { key = $1; keys[key] = 1; next }
/^ +value  -+ Distribution -+ count *$/ { header[key]++; next }
/^ +[0-9]+ \|[@ ]+[0-9]+ *$/ {
	if ($NF > 0) { quant[key, $1] = $NF; n[key] += $NF }
	next
}
/^ *$/ { next }
{ print "unexpected: " $0 }
END {
	for (kb in hand) {
		split(kb, p, SUBSEP)
		if (quant[kb] != hand[kb])
			printf("%s: bucket %s: quantize %d, by hand %d\n", p[1],
			    p[2], quant[kb], hand[kb])
	}
	for (kb in quant)
		if (!(kb in hand)) {
			split(kb, p, SUBSEP)
			printf("%s: bucket %s: not found by hand\n", p[1], p[2])
		}
	for (k in keys)
		printf("%s: %d calls, %d header\n", k, n[k], header[k])
}' "$TMPDIR/trace" | sort
