# Not quiet, each record ends with a newline of its own: printf("...\n")
# gives a blank line after the record; the END record has its own line.
taskset -c 0 "$DTRACE" -n 'BEGIN { printf("hi\n"); } BEGIN { printf("x"); exit(0); } END { trace(2); }'
