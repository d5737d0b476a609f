# rawbytes: traced byte ranges (strings here: strsize bytes) print as
# DTrace's hex dump, offsets and characters; integers are unchanged.
# Without it the string prints as a string.
p='BEGIN { trace("hello, world"); trace(5); exit(0); }'
"$DTRACE" -q -x rawbytes -x strsize=20 -n "$p"
echo "pragma:"
printf '#pragma D option rawbytes\n%s\n' "$p" >"$TMPDIR/r.d"
"$DTRACE" -q -x strsize=20 -s "$TMPDIR/r.d"
echo "without:"
"$DTRACE" -q -x strsize=20 -n "$p"
