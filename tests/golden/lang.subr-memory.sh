# Runs lang.subr-memory.d; a fault's DIF offset depends on the code generator and a
# kernel address on the machine: they are replaced by N and ADDR.
"$DTRACE" -q -s lang.subr-memory.d 2>"$TMPDIR/stderr"
rc=$?
sed 's/ at DIF offset [0-9][0-9]*$/ at DIF offset N/; s/(0xffff[0-9a-f]*)/(ADDR)/' "$TMPDIR/stderr" >&2
exit $rc
