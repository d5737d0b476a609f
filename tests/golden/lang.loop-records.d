/* Without -q, a clause whose loops record data still prints one line per
 * firing: the probe first, then what the clause traced before, in and
 * after its loops, in order.  Actions after a continue or a break in the
 * same iteration, or in a branch not taken, print nothing. */
BEGIN
{
	trace("start");
	for (i = 0; i < 4; i++) {
		if (i == 1)
			continue;
		trace(i);
		if (i == 2)
			break;
		trace("x");
	}
	trace("end");
}

BEGIN
{
	for (i = 0; i < 2; i++) {
		printf("<%d", i);
		for (j = 0; j < 3; j++) {
			if (j == 2)
				break;
			printf(" %d.%d", i, j);
		}
		printf(">");
	}
}

/* a loop that records nothing: one segment */
BEGIN
{
	n = 0;
	for (i = 0; i < 10; i++)
		n += i;
	trace(n);
}

/* a loop in a clause that faults after it: the line still ends */
BEGIN
{
	for (i = 0; i < 2; i++)
		trace(i);
	trace(*(int *)0);
}

BEGIN
{
	exit(0);
}
