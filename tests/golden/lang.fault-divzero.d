/* division by zero at run time aborts the clause: its earlier output is
   discarded too; the next clauses of the same probe still run */
BEGIN
{
	zero = 0;
}

BEGIN
{
	printf("before the fault\n");
	x = 10 / zero;
	printf("after the fault\n");
}

BEGIN
{
	printf("next clause, x = %d\n", x);
	exit(0);
}
