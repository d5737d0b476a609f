# An option without its argument: getopt's message, then the usage; exit 2.
"$DTRACE" -n 2>"$TMPDIR/err"
echo "status $?"
sed -n -e 1p -e '2s/^\(Usage: dtrace \).*/\1.../p' "$TMPDIR/err"
