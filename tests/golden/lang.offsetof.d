/* offsetof(struct, member) with padding as on x86-64 */
#pragma D option quiet

struct rec {
	char tag;
	int count;
	char flag;
	long total;
	short small;
	char name[3];
	uint64_t last;
};

union un { char c; long l; };

BEGIN
{
	printf("%d %d %d %d\n", offsetof(struct rec, tag),
	    offsetof(struct rec, count), offsetof(struct rec, flag),
	    offsetof(struct rec, total));
	printf("%d %d %d %d\n", offsetof(struct rec, small),
	    offsetof(struct rec, name), offsetof(struct rec, last),
	    sizeof (struct rec));
	printf("%d %d\n", offsetof(union un, c), offsetof(union un, l));
	exit(0);
}
