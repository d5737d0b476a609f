# The default (not quiet) output: a header, then one line per record with
# CPU, probe ID and FUNCTION:NAME; trace() of an int is " %8d"; a newline
# at exit.  The "matched" notice goes to stderr.
taskset -c 0 "$DTRACE" -n 'BEGIN { trace(1); exit(0); }'
