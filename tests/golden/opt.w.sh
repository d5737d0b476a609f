# -w permits destructive actions; dtrace says so on stderr (unless quiet),
# after the "matched" notices.
"$DTRACE" -w -n 'BEGIN { exit(0); }' >/dev/null
"$DTRACE" -q -w -n 'BEGIN { exit(0); }'
