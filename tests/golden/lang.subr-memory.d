/* alloca, bcopy, copyin, copyinto: memory that lasts for the clause;
 * bcopy and copyinto write only to alloca()'d memory; sizes past what a
 * run-time sized buffer holds, or than a clause's scratch holds in
 * all, fault with "out of scratch space";
 * progenyof and rand. */
#pragma D option quiet
BEGIN {
	this->a = (char *)alloca(8);
	bcopy("abcdefg", this->a, 8);
	printf("[%s] %d\n", stringof(this->a), *(uint32_t *)this->a == 0x64636261);
	this->b = (char *)alloca(4);
	bcopy(this->a + 4, this->b, 4);
	printf("[%s]\n", stringof(this->b));
	printf("%d %d %d %d\n", progenyof(1), progenyof(pid), progenyof($pid), progenyof(-1));
	printf("%d\n", rand() != rand() || rand() != rand());
}
BEGIN { printf("bcopy to the kernel: "); bcopy("x", (void *)curthread, 1); }
BEGIN { printf("bcopy to address 16: "); bcopy("x", (void *)16, 1); }
BEGIN { printf("too big: "); n = 2000; this->c = alloca(n); }
BEGIN { printf("bad source: "); this->d = alloca(8); bcopy((void *)16, this->d, 8); }
/* constant sizes that together pass what a clause's scratch holds */
BEGIN { printf("all together too big: "); this->e = alloca(16000);
	this->f = alloca(16000); this->g = alloca(16000); }
BEGIN { printf("\n"); exit(0); }
