#pragma D option quiet

BEGIN
{
	self->x = -3;
	self->y = (short)-3;
	printf("%d %u %u %x\n", self->x, self->x, self->y, self->y);
	exit(0);
}
