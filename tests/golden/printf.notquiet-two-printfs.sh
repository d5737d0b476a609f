# Two printf()s in one clause share the record's line.
taskset -c 0 "$DTRACE" -n 'BEGIN { printf("a=%d", 1); printf(" b=%s", "two"); exit(0); }'
