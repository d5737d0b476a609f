/* globals beyond what a BPF instruction's 16-bit offset reaches from the
 * globals' base (here after 9 strings of 4 KiB): read and written from a
 * base moved there (the verifier refused the program before) */
#pragma D option quiet
#pragma D option strsize=4096

string s1, s2, s3, s4, s5, s6, s7, s8, s9;
int n;

BEGIN
{
	s1 = "first";
	s9 = "last";
	n = 7;
	n++;
	n += 2;
	printf("%s %s %d\n", s1, s9, n);
	exit(0);
}
