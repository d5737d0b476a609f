/* sizeof of kernel types named in D, from BTF: as the size of an object
 * of that type (their sizes differ between kernels) */
#pragma D option quiet

BEGIN
{
	printf("%d %d\n", sizeof (struct task_struct) == sizeof (*curthread),
	    sizeof (struct __kernel_timespec));
	exit(0);
}
