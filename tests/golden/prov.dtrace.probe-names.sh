# BEGIN, END and ERROR are dtrace:::BEGIN, dtrace:::END and dtrace:::ERROR
# (empty module and function), probe IDs 1, 2 and 3.  The fault message's
# DIF offset depends on the code generator and is cut.
"$DTRACE" -s prov.dtrace.probe-names.d 2>&1 >"$TMPDIR/out" | sed 's/ at DIF offset [0-9]*$//'
cat "$TMPDIR/out"
