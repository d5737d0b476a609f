# A bad -b value is fatal (exit 1); the message quotes the argument.
"$DTRACE" -q -b abc -n 'BEGIN { exit(0); }'
