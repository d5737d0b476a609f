/* enum constants: implicit values count up from the previous one, and
   they are ints in expressions */
#pragma D option quiet

enum color { RED, GREEN = 5, BLUE, PURPLE = -1, PINK };

BEGIN
{
	printf("%d %d %d %d %d\n", RED, GREEN, BLUE, PURPLE, PINK);
	printf("%d %d\n", BLUE * 2 + GREEN, RED < BLUE);
	printf("%d %d\n", sizeof (enum color), sizeof (BLUE));
	c = BLUE;
	printf("%d\n", c == BLUE);
	exit(0);
}
