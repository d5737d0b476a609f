/* A fault in a loop body ends the clause (not only the loop), as anywhere
 * else, and the ERROR probe sees its kind and address.  What earlier
 * iterations recorded is printed; what the faulting iteration recorded is
 * not, as DTrace drops a faulting clause's record.  The next clause runs. */
#pragma D option quiet

BEGIN
{
	for (i = 0; i < 3; i++) {
		printf("i=%d\n", i);
		this->p = (int *)(i == 2 ? 16 : 0);
		x = i == 2 ? *this->p : 0;
	}
	printf("not reached\n");
}

BEGIN
{
	for (i = 0; i < 3; i++)
		for (j = 0; j < 3; j++) {
			z = 1 - i;
			printf("%d/%d ", j, z);
			y = j / z;
		}
	printf("not reached\n");
}

BEGIN
{
	printf("\nnext clause\n");
	exit(0);
}

ERROR
{
	printf("ERROR: action #%d, fault %d, address %d\n", arg2, arg4, arg5);
}
