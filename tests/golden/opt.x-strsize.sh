# -x strsize=N: strings hold at most N bytes; a longer string is cut to N
# characters (DTrace copies strsize bytes and the consumer adds the NUL).
"$DTRACE" -q -x strsize=4 -n 'BEGIN { printf("[%s]\n", "abcdefgh"); exit(0); }'
