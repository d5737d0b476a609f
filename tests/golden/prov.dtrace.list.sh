# dtrace -ln 'dtrace:::' lists BEGIN, END and ERROR as probes 1, 2 and 3.
"$DTRACE" -ln 'dtrace:::'
