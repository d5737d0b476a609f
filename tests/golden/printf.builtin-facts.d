#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", pid == $pid, timestamp > 0, probename == "BEGIN", probeprov == "dtrace");
	exit(0);
}
