# A SIGINT ignored by whoever started dtrace (nohup, a shell's background
# job) stays ignored, as in DTrace: the interrupt does not stop tracing.
(
	trap '' INT
	exec "$DTRACE" -q -n 'BEGIN { printf("begin\n"); } tick-300ms { printf("still running\n"); exit(0); }'
) &
pid=$!
sleep 0.1
kill -INT $pid
wait $pid
echo "status $?"
