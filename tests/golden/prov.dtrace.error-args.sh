# ERROR's arguments (see prov.dtrace.error-args.d); the fault message's DIF
# offset is cut.
"$DTRACE" -s prov.dtrace.error-args.d 2>&1 >"$TMPDIR/out" | sed 's/ at DIF offset [0-9]*$//'
cat "$TMPDIR/out"
