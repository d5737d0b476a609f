# copyin() and copyinto() read a system call's path argument from the
# process's memory into scratch (a size known only at run time, then a
# constant one into alloca() memory); basename/dirname of it; copyin from
# address 0 faults with DTrace's message and the next clause runs.
f=$TMPDIR/copyin-file
echo x > "$f"
"$DTRACE" -q -c "cat $f" -n '
syscall::openat:entry /pid == $target && copyinstr(arg1) == $$1/ {
	this->n = strlen(copyinstr(arg1)) + 1;
	this->p = (char *)copyin(arg1, this->n);
	this->b = (char *)alloca(8);
	copyinto(arg1, 8, this->b);
	printf("%s %d %d %d\n", basename(stringof(this->p)),
	    dirname(stringof(this->p)) == dirname($$1),
	    stringof(this->p) == $$1, *(uint64_t *)this->b == *(uint64_t *)this->p);
}' "$f" 2>/dev/null | grep -v '^x$'
echo "status $?"
"$DTRACE" -q -n 'BEGIN { trace(*(int *)copyin(0, 4)); } BEGIN { printf("next clause\n"); exit(0); }' 2>&1
echo "status $?"
