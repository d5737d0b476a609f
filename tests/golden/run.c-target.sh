# -c CMD: $target is the command's pid, the command runs once tracing has
# started (BEGIN comes first), and dtrace exits after it (END runs).
printf '#!/bin/sh\necho "child $$"\n' > "$TMPDIR/child"
chmod +x "$TMPDIR/child"
"$DTRACE" -q -c "$TMPDIR/child" -n 'BEGIN { printf("target %d\n", $target); } END { printf("end\n"); }' >"$TMPDIR/out"
echo "status $?"
awk '$1 == "target" { t = $2 } $1 == "child" { c = $2 } { sub(/ [0-9]+$/, " N"); print } END { print (t == c && t > 0) ? "same pid" : "different pids" }' "$TMPDIR/out"
