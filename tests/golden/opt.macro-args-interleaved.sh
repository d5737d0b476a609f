# dtrace reads options anywhere on the command line, also after the first
# macro argument: here -q is an option, not $2.
"$DTRACE" -n 'BEGIN { printf("%d\n", $1); exit(0); }' 42 -q
