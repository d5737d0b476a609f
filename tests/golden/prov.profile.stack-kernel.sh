# profile-997 { @[stack()] = count(); }: kernel stacks as aggregation keys,
# printed as DTrace prints them: a blank line, one frame per line indented
# 14 columns as module`function+0xoffset, then the count.  Samples taken in
# user mode have an empty kernel stack.
"$DTRACE" -q -c "$BUILD/tests/progs/workload spin 400" -n 'profile-997 { @[stack()] = count(); }' > "$TMPDIR/out"
awk '
/^$/ { next }
/^              [A-Za-z0-9_.-]+`[A-Za-z0-9_.]+(\+0x[0-9a-f]+)?$/ { frames++; next }
/^ +[0-9]+$/ { counts++; total += $1; next }
{ bad++; print "unexpected: " $0 }
END { printf("frames %d, counts %d, total > 100: %d, bad lines %d\n", frames > 0, counts > 0, total > 100, bad) }' "$TMPDIR/out"
