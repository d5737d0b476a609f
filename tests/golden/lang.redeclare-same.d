/* Declaring a variable again the same way is accepted, as in DTrace. */
#pragma D option quiet

int x;
int x;
self int y;
self int y;
int a[string];
int a[string];

BEGIN
{
	x = 1;
	self->y = 2;
	a["k"] = 3;
	printf("%d %d %d\n", x, self->y, a["k"]);
	exit(0);
}
