#pragma D option quiet

BEGIN
{
	printf("%s|%-8s|%8s|%.3s\n", execname, execname, execname, execname);
	exit(0);
}
