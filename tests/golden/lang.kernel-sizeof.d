/* sizeof a kernel struct named in D, first use or after a pointer to it
   was used: its size comes from the kernel's BTF (struct path and struct
   list_head are two pointers on every kernel) */
#pragma D option quiet

BEGIN
{
	printf("%d %d\n", sizeof (struct path), sizeof (struct list_head));
	printf("%d\n", sizeof (struct task_struct) == sizeof (*curthread));
	printf("%d\n", sizeof (struct task_struct) > 1000);
	exit(0);
}
