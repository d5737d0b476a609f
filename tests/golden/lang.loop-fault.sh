# faults inside loop bodies (see lang.loop-fault.d)
"$DTRACE" -s lang.loop-fault.d 2>"$TMPDIR/err"
echo "status $?"
sed -E 's/ at DIF offset [0-9]*$/ at DIF offset N/' "$TMPDIR/err"
