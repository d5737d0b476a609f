/* assigning 0 to an element deletes it: it then reads 0, and can be set
   again */
#pragma D option quiet

BEGIN
{
	a[1] = 5;
	a[1] = 0;
	printf("%d\n", a[1]);
	a[1] = 6;
	printf("%d\n", a[1]);
	self->t = 3;
	self->t = 0;
	printf("%d\n", self->t);
	exit(0);
}
