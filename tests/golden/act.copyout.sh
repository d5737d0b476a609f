# copyout() and copyoutstr() write the current process's memory: the
# workload prints its buffer after pread64(-1, buf, 16, 4545) (which
# fails and leaves it alone), so it shows what the probe wrote.
# copyoutstr() writes the string and its NUL, at most maxlen bytes.
w="$BUILD/tests/progs/workload copyout 4"
"$DTRACE" -w -q -c "$w" -n 'syscall::pread64:entry
/pid == $target && arg3 == 4545/
{
	n++;
	p = (char *)alloca(4);
	bcopy("ABCD", p, 4);
	if (n == 1)
		copyoutstr("hello", arg1, 16);  /* its NUL shows as ^@ */
	if (n == 2)
		copyoutstr("truncated!", arg1, 5);
	if (n == 3)
		copyout(p, arg1 + 2, 4);
	if (n == 4) {
		copyout(p, arg1, 0);
		copyoutstr("x", arg1, 0);
	}
}' >"$TMPDIR/out" 2>"$TMPDIR/err"
rc=$?
if grep -q 'not available' "$TMPDIR/err"; then
	echo "needs bpf_probe_write_user (refused by this kernel: lockdown?)"
	exit 77
fi
echo "status $rc"
cat -v "$TMPDIR/out"
cat "$TMPDIR/err"
# an address that cannot be written is an invalid address fault
"$DTRACE" -w -q -n 'BEGIN { copyoutstr("x", 8, 2); }
BEGIN { exit(0); }' 2>&1 | sed -e 's/ at DIF offset [0-9][0-9]*$/ at DIF offset N/'
