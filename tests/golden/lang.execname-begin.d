/* BEGIN fires in the dtrace process itself */
#pragma D option quiet

BEGIN
{
	printf("%d %d\n", execname == "dtrace", pid == $pid);
	exit(0);
}
