# SIGINT stops tracing: END runs and dtrace exits 0.  dtrace prints a
# newline when interrupted (even when quiet), then END's output, then the
# usual newline at exit.  env --default-signal: a background job of a
# script would otherwise start with SIGINT ignored.
env --default-signal=INT true 2>/dev/null || { echo "needs env --default-signal (coreutils 8.31)"; exit 77; }
env --default-signal=INT "$DTRACE" -q -n 'BEGIN { printf("begin\n"); } tick-1s { printf("tick\n"); } END { printf("end\n"); }' >"$TMPDIR/out" &
pid=$!
for i in $(seq 100); do grep -q begin "$TMPDIR/out" && break; sleep 0.02; done
kill -INT $pid
wait $pid
echo "status $?"
cat "$TMPDIR/out"
