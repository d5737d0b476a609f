# divide-by-zero: the message names the EPID (2: the second clause), the
# probe and the action (#2: the second statement of the clause)
# (the DIF offset depends on the code generator: it is replaced by N)
"$DTRACE" -q -s lang.fault-divzero.d 2>"$TMPDIR/stderr"
rc=$?
sed 's/ at DIF offset [0-9][0-9]*$/ at DIF offset N/' "$TMPDIR/stderr" >&2
exit $rc
