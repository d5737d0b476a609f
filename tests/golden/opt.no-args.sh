# dtrace with no arguments prints the usage on stderr and exits 2.
"$DTRACE" 2>"$TMPDIR/err"
echo "status $?"
head -n 1 "$TMPDIR/err" | cut -c 1-15
grep -c '^	-Z  permit probe descriptions that match zero probes$' "$TMPDIR/err"
