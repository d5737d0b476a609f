/* a fault ends only the faulting clause: later probes and END still run */
BEGIN
{
	zero = 0;
	n = 1 / zero;
}

tick-10ms
{
	printf("tick\n");
	exit(0);
}

END
{
	printf("end\n");
}
