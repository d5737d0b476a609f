# An unknown -x option is fatal (exit 1); the message names the option.
"$DTRACE" -x nosuch -n 'BEGIN { exit(0); }'
