# An unknown option: getopt's message, then the usage, on stderr; exit 2.
"$DTRACE" -j -n 'BEGIN { exit(0); }' 2>"$TMPDIR/err"
echo "status $?"
sed -n -e 1p -e '2s/^\(Usage: dtrace \).*/\1.../p' "$TMPDIR/err"
