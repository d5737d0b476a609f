# SIGTERM stops tracing like SIGINT: END runs and dtrace exits 0, with the
# newline dtrace prints when interrupted (even when quiet) before END's
# output, then the usual newline at exit.
env --default-signal=TERM true 2>/dev/null || { echo "needs env --default-signal (coreutils 8.31)"; exit 77; }
env --default-signal=TERM "$DTRACE" -q -n 'BEGIN { printf("begin\n"); } tick-1s { printf("tick\n"); } END { printf("end\n"); }' >"$TMPDIR/out" &
pid=$!
for i in $(seq 100); do grep -q begin "$TMPDIR/out" && break; sleep 0.02; done
kill -TERM $pid
wait $pid
echo "status $?"
cat "$TMPDIR/out"
