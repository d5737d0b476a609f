#pragma D option quiet

BEGIN
{
	this->x = 7;
	this->y = (char)-1;
	this->z = (uint64_t)1 << 63;
	printf("%d %d %u %u\n", this->x, this->y, this->y, this->z);
	exit(0);
}
