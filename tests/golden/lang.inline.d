/* inline constants of integer and string type, used in expressions */
#pragma D option quiet

inline int SIZE = 4 * 4;
inline int TWICE = SIZE * 2;
inline string NAME = "inline-name";
inline uint8_t SMALL = 3;

BEGIN
{
	printf("%d %d %s\n", SIZE, TWICE, NAME);
	printf("%d %d %d\n", SIZE + 1, SMALL, sizeof (SMALL));
	exit(0);
}
