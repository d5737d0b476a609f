# -l -n 'dtrace:::' lists the dtrace provider's probes: BEGIN, END and
# ERROR are always probes 1, 2 and 3.
"$DTRACE" -l -n 'dtrace:::'
