# -x quiet is the same as -q.
"$DTRACE" -x quiet -n 'BEGIN { trace(1); printf("b\n"); exit(0); }'
