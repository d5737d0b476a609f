# Several -n programs compile in command-line order into one program and
# share global variables.
"$DTRACE" -q -n 'int x; BEGIN { x = 5; printf("first\n"); }' \
    -n 'BEGIN { printf("second %d\n", x); exit(0); }'
