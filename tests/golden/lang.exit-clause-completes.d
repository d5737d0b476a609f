/* exit() does not stop the rest of its clause, but the later BEGIN
   clauses do not run (DTrace stops evaluating BEGIN enablings once one
   has called exit()); END still runs */
#pragma D option quiet

BEGIN
{
	printf("first\n");
	exit(0);
	printf("after exit\n");
}

BEGIN
{
	printf("second clause\n");
}

END
{
	printf("end\n");
}
