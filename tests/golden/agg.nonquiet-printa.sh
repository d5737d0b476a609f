# not quiet: printa() output follows the record prefix, then the record's
# own newline
taskset -c 0 "$DTRACE" -n 'BEGIN { @a = count(); @b[1] = sum(2); printa(@a); printa("[%d %@d]", @b); exit(0); }'
