#pragma D option quiet

BEGIN
{
	x = "global";
	this->y = "clause-local";
	self->z = "thread-local";
	printf("%s %s %s\n", x, this->y, self->z);
	exit(0);
}
