#pragma D option quiet

BEGIN
{
	a["x"] = 5;
	a["y"] = -6;
	b[1, 2] = 7;
	s[3] = "str";
	self->t["k"] = 9;
	printf("%d %d %d %d %s %d\n", a["x"], a["y"], b[1, 2], a["none"], s[3], self->t["k"]);
	exit(0);
}
