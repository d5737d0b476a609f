# Each clause that prints is its own record, with its own prefix; the
# header is printed once.
taskset -c 0 "$DTRACE" -s printf.notquiet-clauses.d
