# The run-queue latency script of the providers issue, on three CPU-bound
# "burn" processes sharing this machine's CPUs.  self->s set at off-cpu is
# seen at on-cpu, which runs as the incoming thread: every off-cpu of a
# burner is followed by its on-cpu, except its last (it exits off the CPU)
# and, when it is switched out between its exec and its next switch in,
# its first (it came on the CPU under its old name): 3 to 6 in all, which
# the raw sched_switch tracepoint shows too.  Counts are aggregations:
# global variables are not atomic across CPUs.
cp "$BUILD/tests/progs/workload" "$TMPDIR/burn"
printf '#!/bin/sh\nfor i in 1 2 3; do "%s" spin 300 & done\nwait\n' "$TMPDIR/burn" > "$TMPDIR/burners"
chmod +x "$TMPDIR/burners"
"$DTRACE" -q -c "$TMPDIR/burners" -n '
sched:::off-cpu /execname == "burn"/ { self->s = timestamp; @off = count(); }
sched:::on-cpu /self->s/ {
	@ = lquantize((timestamp - self->s) / 1000000, 0, 100000, 1000);
	self->s = 0;
	@on = count();
}
END { printa("off %@d ", @off); printa("on %@d\n", @on); }' > "$TMPDIR/out"
awk 'NR == 1 { d = $2 - $4; print "off - on in [3, 6]:", (d >= 3 && d <= 6), "on > 20:", ($4 > 20) }' "$TMPDIR/out"
grep -c 'value  ------------- Distribution ------------- count' "$TMPDIR/out"
