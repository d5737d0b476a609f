# bufpolicy=fill as in DTrace: records go into the buffer until one does
# not fit; then tracing stops, what the buffer holds is printed, END runs,
# and dtrace exits 0 with no drop message.  A 4 KiB buffer holds 170
# records of 16 bytes (with the ring's 8-byte headers); the workload makes
# 1000.  Under the switch policy (and a big enough buffer) all 1000 come
# out.
w="$BUILD/tests/progs/workload syscalls 1000"
p='syscall::getppid:entry /pid == $target/ { printf("%d\n", i++); }
END { printf("end\n"); }'
"$DTRACE" -q -x bufpolicy=fill -x bufsize=4k -c "$w" -n "$p" >"$TMPDIR/out"
echo "fill: status $?"
grep -v '^done$' "$TMPDIR/out" | awk 'NF { n++ } NR < 3 || /end/ { print }
    /^[0-9]/ { last = $1 } END { print n " lines, last number " last }'
"$DTRACE" -q -x bufpolicy=switch -c "$w" -n "$p" | grep -c '^[0-9]' |
    sed 's/^/switch: numbers: /'
# a buffer that does not fill: exit() ends the run, from BEGIN too
"$DTRACE" -q -x bufpolicy=fill -n 'BEGIN { printf("begin\n"); exit(3); }
END { printf("end\n"); }'
echo "status $?"
"$DTRACE" -q -x bufpolicy=fill -n 'tick-1ms { n++; }
tick-1ms /n == 5/ { printf("%d\n", n); exit(0); }'
echo "status $?"
