# not quiet: the record line of the exit() clause, the exit newline, then
# the aggregation; the clause that only aggregates prints no record
taskset -c 0 "$DTRACE" -n 'BEGIN { @["a"] = count(); }' -n 'BEGIN { exit(0); }'
