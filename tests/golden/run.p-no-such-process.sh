# -p with a pid that does not exist is fatal (exit 1).
"$DTRACE" -p 99999999 -n 'BEGIN { }'
