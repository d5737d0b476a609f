# print() without -q (act.print-noquiet.d): the value follows the probe's
# line (a scalar ends with its own newline, then the record's; a struct's
# last "}" with the record's); a bad address is the "invalid address"
# fault and drops the clause's record.  A fault's DIF offset is replaced
# by N.
taskset -c 0 "$DTRACE" -s act.print-noquiet.d 2>"$TMPDIR/stderr"
rc=$?
sed 's/ at DIF offset [0-9][0-9]*$/ at DIF offset N/' "$TMPDIR/stderr" >&2
exit $rc
