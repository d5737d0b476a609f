# io:::wait-start as a thread leaves the CPU to wait for I/O, wait-done as
# it runs again (as that thread): the workload's 16 synchronous O_DIRECT
# requests are 16 waits or more, each wait-start followed by a wait-done
# of the same thread.
"$DTRACE" -q -c "$BUILD/tests/progs/workload io $TMPDIR/file 8" -n '
io:::wait-start /pid == $target/ { starts++; self->w = timestamp; }
io:::wait-done /pid == $target/ {
	if (self->w) { dones++; } else { unmatched++; }
	self->w = 0;
}
io:::wait-start,io:::wait-done /pid == $target && execname != "workload"/ { other++; }
END {
	printf("waits >= 16: %d\n", starts >= 16);
	printf("done after each start: %d\n", dones == starts);
	printf("unmatched dones: %d, as another: %d\n", unmatched, other);
}'
