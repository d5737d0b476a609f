# prov.syscall.speculate.d: of cat's opens, only the failed one is printed
: > "$TMPDIR/present"
"$DTRACE" -s prov.syscall.speculate.d -c "cat $TMPDIR/missing $TMPDIR/present" 2>/dev/null |
    sed "s|$TMPDIR|TMP|" | grep TMP
