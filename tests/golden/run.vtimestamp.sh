# vtimestamp is the thread's time on CPU: it advances like timestamp while a
# CPU-bound process runs, and is small for a process that has just started.
echo 'i=0; while [ $i -lt 400000 ]; do i=$((i+1)); done' > "$TMPDIR/busy.sh"
"$DTRACE" -q -n 'uint64_t v0, t0, v1, t1; int n;
BEGIN
{
	printf("BEGIN: %d\n", vtimestamp > 0 && vtimestamp < 2000000000);
}
profile-197
/pid == $target && v0 == 0/
{
	v0 = vtimestamp;
	t0 = timestamp;
}
profile-197
/pid == $target/
{
	v1 = vtimestamp;
	t1 = timestamp;
	n++;
}
END
{
	this->pct = (v1 - v0) * 100 / (t1 - t0);
	printf("samples: %d, on-CPU share in range: %d\n", n > 20,
	    this->pct >= 30 && this->pct <= 105);
}' -c "sh $TMPDIR/busy.sh"
