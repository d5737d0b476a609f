# -q: no header, no record prefixes, no record-end newlines and no
# "matched" notice; trace() prints its bare value.
"$DTRACE" -q -n 'BEGIN { trace(1); trace("a"); printf("b"); exit(0); }'
