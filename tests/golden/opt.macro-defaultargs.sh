# -x defaultargs: a missing $N is 0 and a missing $$N is "".
"$DTRACE" -q -x defaultargs -n 'BEGIN { printf("%d %d [%s]\n", $1, $2, $$3); exit(0); }' 5
