# speculations in order (see act.speculation.d), their faults and the
# failed speculation() of a fourth
"$DTRACE" -s act.speculation.d 2>"$TMPDIR/err"
echo "status $?"
sed -E 's/ at DIF offset [0-9]*$/ at DIF offset N/' "$TMPDIR/err"
# more speculations than the globals can hold
"$DTRACE" -x nspec=70000 -qn 'BEGIN { a = speculation(); }'
echo "status $?"
