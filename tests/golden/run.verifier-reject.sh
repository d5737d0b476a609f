# A program the verifier rejects is reported with the clause it was checking
# and the verifier's reason; -v adds the log.  DTRACE_DEBUG_REJECT=N makes
# the code generator spoil clause N on purpose.
DTRACE_DEBUG_REJECT=2 "$DTRACE" -q -s run.verifier-reject.d
echo "status $?"
DTRACE_DEBUG_REJECT=2 "$DTRACE" -v -q -s run.verifier-reject.d 2>&1 |
    grep -c -e '^[0-9]*: (bf) r0 = r5$' -e '^R5 !read_ok$'
