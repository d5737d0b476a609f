/* clause-local variables: assigned then read, any type, declared or not */
#pragma D option quiet

this int declared;

BEGIN
{
	this->x = 10;
	this->y = this->x * 3;
	this->s = "local string";
	this->declared = -5;
	printf("%d %d %s %d\n", this->x, this->y, this->s, this->declared);
	this->x = 11;
	printf("%d\n", this->x);
	exit(0);
}
