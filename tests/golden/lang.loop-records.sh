# Loops that record, without -q (the CPU column is not fixed)
"$DTRACE" -s lang.loop-records.d 2>"$TMPDIR/err" | sed -E 's/^ {0,2}[0-9]+ ( +[0-9]+ )/  C \1/'
sed -E 's/ at DIF offset [0-9]*$/ at DIF offset N/' "$TMPDIR/err" >&2
