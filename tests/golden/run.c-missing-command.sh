# -c with a command that cannot be found is fatal (exit 1) before tracing
# starts.
"$DTRACE" -c nosuchcommand-xyz -n 'BEGIN { printf("ran\n"); }'
