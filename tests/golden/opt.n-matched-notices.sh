# Without -q, each -n gets one "matched" notice on stderr, in command-line
# order, quoting the argument cut at its first '{', '/' or ';' ("probe" or
# "probes" by the count).
"$DTRACE" -n 'BEGIN /1/ { }' -n 'BEGIN,END{ }' -n BEGIN -n 'BEGIN { exit(0); }' >/dev/null
