# The run-queue latency script of the providers issue, on three CPU-bound
# "burn" processes sharing this machine's CPUs.  self->s set at off-cpu is
# seen at on-cpu, which runs as the incoming thread: every off-cpu of a
# burner is followed by its on-cpu, except the last (each exits off the
# CPU), so on-cpu matches are off-cpu events minus 3.  (A few more, up to
# 2 per thread, go unmatched in some runs: under investigation; if on-cpu
# ran as the outgoing thread, none would match.)
cp "$BUILD/tests/progs/workload" "$TMPDIR/burn"
printf '#!/bin/sh\nfor i in 1 2 3; do "%s" spin 300 & done\nwait\n' "$TMPDIR/burn" > "$TMPDIR/burners"
chmod +x "$TMPDIR/burners"
"$DTRACE" -q -c "$TMPDIR/burners" -n '
sched:::off-cpu /execname == "burn"/ { self->s = timestamp; off++; }
sched:::on-cpu /self->s/ {
	@ = lquantize((timestamp - self->s) / 1000000, 0, 100000, 1000);
	self->s = 0;
	on++;
}
END { printf("off - on in [3, 9]: %d, on > 20: %d\n", off - on >= 3 && off - on <= 9, on > 20); }' > "$TMPDIR/out"
head -1 "$TMPDIR/out"
grep -c 'value  ------------- Distribution ------------- count' "$TMPDIR/out"
