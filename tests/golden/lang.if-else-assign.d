/* if/else control flow seen through assignments only: nested, else-if
   chains, without braces */
#pragma D option quiet

BEGIN
{
	x = 5;
	if (x > 3) {
		a = 1;
	} else {
		a = 2;
	}
	if (x > 10)
		b = 1;
	else if (x == 5)
		b = 2;
	else
		b = 3;
	if (x) {
		if (x < 0) {
			c = 1;
		} else {
			c = 2;
			if (x == 5)
				d = 4;
		}
	}
	if (x == 0)
		e = 9;
}

BEGIN
{
	printf("%d %d %d %d %d\n", a, b, c, d, e);
	exit(0);
}
