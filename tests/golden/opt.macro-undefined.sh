# A macro argument beyond the last one given is a compile error (raised by
# the lexer, so an -n program gets no "in action list" region).
"$DTRACE" -q -n 'BEGIN { printf("%d\n", $2); exit(0); }' 1
