/* pre and post ++ and -- on globals, this-> and self-> variables and
   associative array elements */
#pragma D option quiet

BEGIN
{
	x = 5;
	printf("%d ", x++);
	printf("%d ", x);
	printf("%d ", ++x);
	printf("%d ", x--);
	printf("%d ", --x);
	printf("%d\n", x);
	this->t = 1;
	this->t++;
	++this->t;
	self->s = 10;
	self->s--;
	a["k"] = 7;
	a["k"]++;
	printf("%d %d %d\n", this->t, self->s, a["k"]);
	n++;
	printf("%d\n", n);
	exit(0);
}
