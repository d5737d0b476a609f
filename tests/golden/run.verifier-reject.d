BEGIN
{
	x = 1;
}

BEGIN
/x/
{
	exit(0);
}
