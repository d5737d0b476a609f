/* if/else statements (a D extension), nested, with and without braces */
#pragma D option quiet

BEGIN
{
	x = 5;
	if (x > 3) {
		printf("big\n");
	} else {
		printf("small\n");
	}
	if (x > 10)
		printf("huge\n");
	else if (x == 5)
		printf("five\n");
	else
		printf("other\n");
	if (x) {
		if (x < 0) {
			printf("negative\n");
		} else {
			printf("positive\n");
			y = 1;
		}
	}
	if (x == 0)
		printf("zero\n");
	printf("y=%d\n", y);
	exit(0);
}
