/*
 * System call latency by call, as in the DTrace Guide's and the books'
 * "time each system call" scripts: timestamp at entry in self->, a
 * quantize() of the time at return; here only between the workload's
 * two markers (getpgid(-4242) and getpgid(-4343)).  With if/else and a
 * loop (extensions) the same clause also sorts the calls into those
 * that succeeded and those that failed, and computes by hand, one halving
 * at a time, the power-of-two bucket that quantize() must have put each
 * time in; the test compares the two.
 */
#pragma D option quiet

syscall::getpgid:entry
/pid == $target && (int)arg0 == -4242/
{
	self->on = 1;
}

syscall::getpgid:entry
/self->on && (int)arg0 == -4343/
{
	self->on = 0;
}

syscall:::entry
/self->on/
{
	self->ts = timestamp;
}

syscall:::return
/self->ts/
{
	this->ns = timestamp - self->ts;
	@lat[probefunc] = quantize(this->ns);

	if (errno == 0) {
		@ok[probefunc] = count();
	} else if (errno == 9) {	/* EBADF */
		@failed[probefunc, "EBADF"] = count();
	} else {
		@failed[probefunc, "other"] = count();
	}

	this->bucket = 0;
	if (this->ns > 0) {
		this->bucket = 1;
		this->v = this->ns;
		while (this->v > 1) {
			this->v >>= 1;
			this->bucket <<= 1;
		}
	}
	@byhand[probefunc, this->bucket] = count();
	self->ts = 0;
}

dtrace:::END
{
	printa("ok %s %@d\n", @ok);
	printa("failed %s %s %@d\n", @failed);
	printa("byhand %s %d %@d\n", @byhand);
	printa(@lat);
}
