/* tracemem(): always a hex dump (printable bytes too, quiet or not) of
 * the size given, or of the dynamic size when it is from 1 to the size
 * (0, larger and negative sizes give the whole); the address may be an
 * integer; in an if branch only when it runs */
#pragma D option quiet
BEGIN {
	this->p = (char *)alloca(32);
	bcopy("hello, world\n\0\1\2\xffABCDEFGH", this->p, 25);
	bcopy("0123456", this->p + 25, 7);
	printf("25 bytes:");
	tracemem(this->p, 25);
	printf("32 bytes:");
	tracemem(this->p, 32);
	printf("dsize 5:");
	tracemem(this->p, 32, 5);
	printf("dsize 0:");
	tracemem(this->p, 16, 0);
	printf("dsize 100:");
	tracemem(this->p, 16, 100);
	printf("dsize -1:");
	tracemem(this->p, 16, -1);
	this->n = 17;
	printf("dsize 17 of a variable:");
	tracemem(this->p, 20, this->n);
	printf("integer address, 1 byte:");
	tracemem((uintptr_t)this->p, 1);
	if (this->n == 17) {
		printf("taken:");
		tracemem(this->p + 8, 4);
	} else {
		printf("not taken:");
		tracemem(this->p, 4);
	}
	printf("end\n");
	exit(0);
}
