# Up to $9 (and $$9) from nine arguments.
"$DTRACE" -q -n 'BEGIN { printf("%d %d %d %d %d %d %d %d %d %s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $$9); exit(0); }' 1 2 3 4 5 6 7 8 9
