# -x switchrate takes a rate: Hz with or without "hz", or a period.
"$DTRACE" -q -x switchrate=10hz -n 'BEGIN { printf("a\n"); exit(0); }'
"$DTRACE" -q -x switchrate=50 -n 'BEGIN { printf("b\n"); exit(0); }'
"$DTRACE" -q -x switchrate=20ms -n 'BEGIN { printf("c\n"); exit(0); }'
