#pragma D option quiet

BEGIN
{
	w = 6;
	this->p = 3;
	self->s = "abcdef";
	printf("[%*.*s][%*d]\n", w, this->p, self->s, w + 2, (long)-1);
	exit(0);
}
