#pragma D option quiet

BEGIN
{
	printf("%ld %li %lu %lo\n", (long)-1, (long)-3, (unsigned long)-1, (unsigned long)8);
	printf("%lx %lX\n", (long)-1, (unsigned long)255);
	exit(0);
}
