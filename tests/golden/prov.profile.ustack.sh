# User stacks of a -c command resolve from its ELF symbols, even though it
# has exited by the time the aggregation prints: the busiest stack is
# spin_inner called by spin_outer called by main.
"$DTRACE" -q -c "$BUILD/tests/progs/workload spin 400" -n 'profile-997 /pid == $target/ { @[ustack()] = count(); }' > "$TMPDIR/out"
# the last entry (the largest count): its first three frames, no offsets
awk '/^$/ { n = 0; next } { f[++n] = $0 } END { for (i = 1; i <= 3; i++) print f[i] }' "$TMPDIR/out" | sed 's/+0x[0-9a-f]*$//'
