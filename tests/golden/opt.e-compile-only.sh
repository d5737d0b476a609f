# -e: compile, then exit 0 without enabling anything: BEGIN does not run
# and no "matched" notice is printed.
"$DTRACE" -e -n 'BEGIN { printf("ran\n"); exit(0); }'
echo "status $?"
