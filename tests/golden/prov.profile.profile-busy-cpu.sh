# profile-N fires on every busy CPU: a CPU-bound child started with -c is
# sampled many times while it runs (about 997 Hz for ~0.2 s).
printf '#!/bin/sh\ni=0\nwhile [ $i -lt 200000 ]; do i=$((i+1)); done\n' > "$TMPDIR/busy"
chmod +x "$TMPDIR/busy"
"$DTRACE" -q -c "$TMPDIR/busy" -n 'profile-997 /pid == $target/ { n++; } END { printf("%d\n", n > 20); }'
