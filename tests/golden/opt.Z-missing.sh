# Without -Z, a description that matches no probe is a compile error.
"$DTRACE" -n 'nosuch:::probe { }' -n 'BEGIN { exit(0); }'
