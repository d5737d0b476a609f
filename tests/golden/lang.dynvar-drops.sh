# "dtrace: N dynamic variable drops" on stderr; N depends on how many
# variables fit, so it is replaced by N (it is more than 1: plural)
"$DTRACE" -s lang.dynvar-drops.d 2>"$TMPDIR/stderr"
rc=$?
sed 's/^dtrace: [0-9][0-9]* dynamic variable drops$/dtrace: N dynamic variable drops/' "$TMPDIR/stderr" >&2
exit $rc
