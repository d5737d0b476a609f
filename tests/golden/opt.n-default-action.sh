# -n with a bare probe description gets the default action: a record line
# with only the CPU, ID and FUNCTION:NAME columns.
taskset -c 0 "$DTRACE" -n BEGIN -n 'BEGIN { exit(0); }'
