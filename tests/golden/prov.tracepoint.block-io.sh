# An iosnoop/iolatency-style script on the block tracepoints: the workload
# writes then reads 8 blocks of 4 KiB with O_DIRECT; each is one request
# issued by it (args->rwbs "WS" then "RS", args->bytes 4096), and each
# completes (matched by device and sector) with a latency above 0.
"$DTRACE" -q -c "$BUILD/tests/progs/workload io $TMPDIR/file 8" -n '
tracepoint:block:block_rq_issue /pid == $target && (args->rwbs == "WS" || args->rwbs == "RS")/ {
	@issued[args->rwbs, args->bytes] = count();
	start[args->dev, args->sector] = timestamp;
}
tracepoint:block:block_rq_complete /start[args->dev, args->sector]/ {
	@done[args->nr_sector] = count();
	@slow[timestamp - start[args->dev, args->sector] > 0] = count();
	start[args->dev, args->sector] = 0;
}'
