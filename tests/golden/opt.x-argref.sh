# -x argref allows arguments that the program does not reference.
"$DTRACE" -q -x argref -n 'BEGIN { printf("%d\n", $1); exit(0); }' 1 2 3
