# Destructive actions need -w (or -x destructive, or the pragma), as in
# DTrace: the script compiles, and tracing is refused when it would start
# ("could not enable tracing"), after the "matched" line, exit status 1.
# ftruncate() is not destructive in DTrace: it runs without -w.
for a in 'stop()' 'raise(9)' 'system("true")' 'freopen("x")' 'freopen("")' \
    'chill(1)' 'copyout(alloca(1), 0, 1)' 'copyoutstr("a", 0, 1)'; do
	echo "$a:"
	"$DTRACE" -q -n "BEGIN { $a; exit(0); }" 2>&1
	echo "status $?"
done
echo "not quiet:"
"$DTRACE" -n 'BEGIN { stop(); }' 2>&1
echo "status $?"
echo "in a branch never taken, in a probe that never fires:"
"$DTRACE" -q -n 'BEGIN { if (0) { stop(); } exit(0); }' 2>&1
echo "status $?"
"$DTRACE" -q -n 'tick-1h { stop(); } BEGIN { exit(0); }' 2>&1
echo "status $?"
echo "compiling only (-e) is fine:"
"$DTRACE" -e -n 'BEGIN { stop(); }' 2>&1
echo "status $?"
echo "ftruncate():"
"$DTRACE" -q -n 'BEGIN { printf("gone\n"); ftruncate(); printf("ok\n");
    exit(0); }' >"$TMPDIR/out" 2>&1
echo "status $?"
cat "$TMPDIR/out"
echo "allowed:"
"$DTRACE" -q -w -n 'BEGIN { system("echo w"); exit(0); }' 2>&1
"$DTRACE" -q -x destructive -n 'BEGIN { system("echo x"); exit(0); }' 2>&1
"$DTRACE" -q -n '#pragma D option destructive
BEGIN { system("echo pragma"); exit(0); }' 2>&1
"$DTRACE" -w -n 'BEGIN { exit(0); }' 2>&1 >/dev/null
