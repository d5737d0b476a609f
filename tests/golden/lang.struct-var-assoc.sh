# struct values of associative arrays, as in the DTrace Guide's example
# (struct callinfo i[string]; i[probefunc].calls++ ...): members of an
# element that does not exist yet are stored into it, created zeroed;
# elements are read and copied whole; a workload with known system calls
# (7 pread64(-1, 0, 1234, ...), 7 getppid(), 1 write of 5 bytes)
"$DTRACE" -q -c "$BUILD/tests/progs/workload syscalls 7" -n '
struct callinfo {
	uint64_t ts;            /* timestamp of last syscall entry */
	uint64_t elapsed;       /* total elapsed time in nanoseconds */
	uint64_t calls;         /* number of calls made */
	size_t maxbytes;        /* maximum byte count argument */
};
struct callinfo i[string];
struct callinfo last[int, string];

syscall::getpgid:entry /pid == $target && (int)arg0 == -4242/ { self->on = 1; }
syscall::getpgid:entry /pid == $target && (int)arg0 == -4343/ { self->on = 0; }

syscall::pread64:entry, syscall::write:entry, syscall::getppid:entry
/self->on/
{
	i[probefunc].ts = timestamp;
	i[probefunc].calls++;
	i[probefunc].maxbytes = arg2 > i[probefunc].maxbytes ?
	    arg2 : i[probefunc].maxbytes;
}

syscall::pread64:return, syscall::write:return, syscall::getppid:return
/self->on && i[probefunc].ts != 0/
{
	i[probefunc].elapsed += timestamp - i[probefunc].ts;
	last[pid, probefunc] = i[probefunc];
}

END
{
	printf("pread64 %d %d %d\n", i["pread64"].calls,
	    i["pread64"].maxbytes, i["pread64"].elapsed > 0);
	printf("getppid %d %d\n", i["getppid"].calls,
	    i["getppid"].elapsed > 0);
	printf("write %d %d %d\n", i["write"].calls, i["write"].maxbytes,
	    i["write"].elapsed > 0);
	printf("never %d %d\n", i["read"].calls, i["read"].ts);
	printf("copy %d %d\n", last[$target, "pread64"].calls,
	    last[$target, "write"].maxbytes);
}'
echo "status $?"
# elements that dynvarsize has no room for are dynamic variable drops, and
# read as zeros (one element fits)
"$DTRACE" -q -x dynvarsize=64 -n '
struct foo { int a; int b[8]; };
struct foo y[int];
BEGIN
{
	y[1].a = 1;
	y[2].b[3] = 2;
	y[3] = y[1];
	printf("%d %d %d\n", y[1].a, y[2].b[3], y[3].a);
	exit(0);
}'
