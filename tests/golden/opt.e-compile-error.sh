# -e still reports compile errors, with exit status 1.
"$DTRACE" -e -n 'BEGIN { x = ; }'
