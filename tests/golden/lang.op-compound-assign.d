/* compound assignment operators and their values */
#pragma D option quiet

BEGIN
{
	x = 10;
	x += 5;  printf("%d ", x);
	x -= 3;  printf("%d ", x);
	x *= 4;  printf("%d ", x);
	x /= 5;  printf("%d ", x);
	x %= 7;  printf("%d\n", x);
	x = 0xf0;
	x &= 0x3c; printf("%d ", x);
	x |= 0x03; printf("%d ", x);
	x ^= 0xff; printf("%d ", x);
	x <<= 4;   printf("%d ", x);
	x >>= 2;   printf("%d\n", x);
	y = (x += 1);
	printf("%d %d\n", x, y);
	exit(0);
}
