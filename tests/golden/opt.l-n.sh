# -l with -n lists the probes each description matches, one description
# after the other (a probe matched twice is listed twice).
"$DTRACE" -l -n END -n 'BEGIN,END { exit(0); }'
