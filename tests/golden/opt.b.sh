# -b SIZE sets the trace buffer size (like -x bufsize=SIZE).
"$DTRACE" -q -b 64k -n 'BEGIN { printf("ok\n"); exit(0); }'
