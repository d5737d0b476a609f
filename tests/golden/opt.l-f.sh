# -l -f [[provider:]module:]function: "dtrace::" (empty module and function)
# lists the dtrace provider's probes.
"$DTRACE" -l -f dtrace::
