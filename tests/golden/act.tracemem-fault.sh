# Runs act.tracemem-fault.d; a fault's DIF offset depends on the code
# generator: it is replaced by N.
"$DTRACE" -q -s act.tracemem-fault.d 2>"$TMPDIR/stderr"
rc=$?
sed 's/ at DIF offset [0-9][0-9]*$/ at DIF offset N/' "$TMPDIR/stderr" >&2
exit $rc
