/* unary & of objects in kernel memory: members through pointers and of
   in-memory structs, *p, array elements; & and * undo each other */
#pragma D option quiet

BEGIN
{
	printf("%d\n", &curthread->pid == &(*curthread).pid);
	printf("%d\n", (char *)&curthread->tgid - (char *)curthread ==
	    offsetof(struct task_struct, tgid));
	printf("%d\n", &*curthread == curthread);
	printf("%d\n", *&curthread->pid == tid);
	printf("%d\n", (char *)&curthread->comm[3] - (char *)&curthread->comm[0]);
	printf("%s\n", stringof(&curthread->comm[0]) == execname ? "comm" : "?");
	printf("%d\n", (char *)&curthread->fs->root.dentry -
	    (char *)&curthread->fs->root);
	this->p = &curthread->real_parent;
	printf("%d\n", (*this->p)->pid == curthread->real_parent->pid);
	exit(0);
}
