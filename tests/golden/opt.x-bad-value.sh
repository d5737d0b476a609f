# A bad -x value is fatal (exit 1); the message names the option, not the
# value (dtrace cuts the argument at '=').
"$DTRACE" -x strsize=abc -n 'BEGIN { exit(0); }'
