# -S prints the compiled code of each enabled probe on stderr, under a
# heading naming the probe, and the program still runs.
"$DTRACE" -q -S -n 'BEGIN { printf("ran\n"); exit(0); }' 2>"$TMPDIR/err"
echo "status $?"
grep -c '^Disassembly of dtrace:::BEGIN:$' "$TMPDIR/err"
