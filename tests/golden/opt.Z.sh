# -Z: a description that matches no probe is allowed ("matched 0 probes")
# and the other clauses run.
"$DTRACE" -Z -n 'nosuch:::probe { printf("never\n"); }' -n 'BEGIN { exit(0); }' >/dev/null
echo "status $?"
