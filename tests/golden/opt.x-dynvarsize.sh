# -x dynvarsize=SIZE (with a k/m suffix) sizes the dynamic variable space;
# thread-local and associative array variables still work.
"$DTRACE" -q -x dynvarsize=1m -n 'BEGIN { self->x = 3; a["k"] = 4; printf("%d %d\n", self->x, a["k"]); exit(0); }'
