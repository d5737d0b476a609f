# tracemem() without -q: the dump follows the probe's line, then the
# record's newline; trace() after it goes on the dump's last line
taskset -c 0 "$DTRACE" -n 'BEGIN {
	this->p = (char *)alloca(8);
	bcopy("abc\0\0\0\0", this->p, 8);
	tracemem(this->p, 8);
	trace(1);
}
BEGIN {
	this->p = (char *)alloca(8);
	bcopy("xyz\0\0\0\0", this->p, 8);
	tracemem(this->p, 8, 2);
	exit(0);
}'
