# -v (without -l) prints a stability report for each program on stdout
# before tracing starts (after the "matched" notice, here silenced by -q).
"$DTRACE" -q -v -n 'dtrace:::BEGIN { exit(0); }'
