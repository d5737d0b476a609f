# One -n argument may hold several whole clauses; they run in program order.
"$DTRACE" -q -n 'BEGIN { printf("a\n"); } BEGIN /1/ { printf("b\n"); } BEGIN { exit(0); }'
