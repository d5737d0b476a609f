/* Kernel types from BTF: members through pointers (checked against the
   built-in variables), a struct named with its module, a bit-field, array
   subscripts, pointer arithmetic, kernel typedefs and sizeof/offsetof. */
#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", curthread->pid == tid, curthread->tgid == pid,
	    curthread->real_parent->tgid == ppid, curthread->comm == execname);
	this->t = (struct vmlinux`task_struct *)curthread;
	printf("%d %d\n", this->t->cred->uid.val == uid,
	    this->t->cred->gid.val == gid);
	printf("%d %c %c %c\n", curthread->in_iowait, curthread->comm[0],
	    *curthread->comm, (*curthread).comm[1]);
	p = (char *)curthread;
	printf("%d\n", *(int *)(p + offsetof(struct task_struct, tgid)) == pid);
	q = (int *)p;
	printf("%d %d %d %d\n", (q + 2) - q, q - (q + 3),
	    (long)(q + 2) - (long)q, (long)(q - 1) - (long)q);
	printf("%d %d %d\n", sizeof (u64), (u8)257, sizeof (blk_opf_t));
	printf("%d\n", sizeof (struct task_struct) >
	    offsetof(struct task_struct, comm));
	exit(0);
}
