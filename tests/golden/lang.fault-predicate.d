/* a fault in a predicate is reported "in predicate"; the clause does not
   run and the next ones do */
BEGIN
{
	zero = 0;
}

BEGIN
/100 / zero == 1/
{
	printf("not printed\n");
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
