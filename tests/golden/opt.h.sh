# -h (in this dtrace: help) prints the usage on stdout and exits 0.
"$DTRACE" -h >"$TMPDIR/out"
echo "status $?"
head -n 1 "$TMPDIR/out" | cut -c 1-15
grep -c -e '^	-n  enable or list probes matching the specified probe name$' \
    -e '^	-s  enable or list probes according to the specified D script$' "$TMPDIR/out"
