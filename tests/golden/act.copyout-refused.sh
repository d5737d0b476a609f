# Where the kernel does not let BPF programs write user memory (lockdown,
# as on the machine this test was written on), copyout() and
# copyoutstr() are refused when tracing would start, with why.
out=$("$DTRACE" -w -q -n 'BEGIN { copyoutstr("a", 0, 1); exit(0); }' 2>&1)
rc=$?
if [ $rc = 0 ]; then
	echo "this kernel lets BPF programs write user memory"
	exit 77
fi
echo "$out"
echo "status $rc"
