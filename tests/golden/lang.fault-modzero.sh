# modulo by zero: divide-by-zero in action #2 of EPID 1
# (the DIF offset depends on the code generator: it is replaced by N)
"$DTRACE" -q -s lang.fault-modzero.d 2>"$TMPDIR/stderr"
rc=$?
sed 's/ at DIF offset [0-9][0-9]*$/ at DIF offset N/' "$TMPDIR/stderr" >&2
exit $rc
