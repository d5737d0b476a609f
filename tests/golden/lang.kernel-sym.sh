# &`func: a kernel function's address, from /proc/kallsyms, with or
# without the vmlinux module name; memory read through it with a cast (the
# read does not fault).
addr=$(awk '$3 == "vfs_read" && NF == 3 { print $1; exit }' /proc/kallsyms)
"$DTRACE" -qn 'BEGIN {
	printf("%x\n", (uintptr_t)&`vfs_read);
	printf("%d\n", &`vfs_read == &vmlinux`vfs_read);
	printf("%a\n", (uintptr_t)&`vfs_read);
	this->b = *(uint8_t *)&`vfs_read;
	printf("read ok\n");
	exit(0);
}' | sed "s/^$addr\$/ADDR/"
