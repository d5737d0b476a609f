# printf("...\n") in non-quiet mode: the record's own newline follows the
# format's, which leaves a blank line after the record.
taskset -c 0 "$DTRACE" -n 'BEGIN { printf("hello\n"); exit(0); }'
