# "--" ends the options, so a negative number can follow as $1.
"$DTRACE" -q -n 'BEGIN { printf("%d\n", $1 * 2); exit(0); }' -- -21
