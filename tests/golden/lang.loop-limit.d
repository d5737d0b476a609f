/* Every loop is bounded: by its count when the loop's words give it, else
 * by the option loopmax.  A loop still running at its bound is a fault
 * that ends its clause, as a bad address would; later clauses run. */
#pragma D option quiet

BEGIN
{
	while (1)
		n++;
	printf("not reached\n");
}

BEGIN
{
	printf("while (1) ran %d times\n", n);
}

BEGIN
{
	/* the counted bound is 11 (10, plus one to see i < 10 fail): a body
	 * that moves i back runs out of it instead of running forever */
	for (i = 0; i < 10; i++) {
		m++;
		i = 0;
	}
}

BEGIN
{
	printf("for ran %d times\n", m);
}

BEGIN
{
	/* nested: the inner loop's limit */
	for (i = 0; i < 3; i++)
		for (;;)
			k++;
}

BEGIN
{
	printf("inner ran %d times, i=%d\n", k, i);
	exit(0);
}
