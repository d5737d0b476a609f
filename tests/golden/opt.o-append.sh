# -o FILE: the trace output goes to FILE, opened for appending; notices
# still go to stderr and nothing goes to stdout.
cd "$TMPDIR" || exit 1
echo before > out.txt
taskset -c 0 "$DTRACE" -o out.txt -n 'BEGIN { printf("one\n"); exit(0); }' | sed 's/^/stdout: /'
"$DTRACE" -q -o out.txt -n 'BEGIN { printf("two\n"); exit(0); }' | sed 's/^/stdout: /'
cat out.txt
