/* && || ^^ ! give 0 or 1 */
#pragma D option quiet

BEGIN
{
	t = 5;
	f = 0;
	printf("%d %d %d %d\n", 1 && 2, 0 && 1, 0 || 3, 0 || 0);
	printf("%d %d %d %d\n", t && t, t && f, f || t, f || f);
	printf("%d %d %d %d\n", 1 ^^ 0, 1 ^^ 5, 0 ^^ 0, 0 ^^ 7);
	printf("%d %d %d %d\n", t ^^ f, t ^^ t, f ^^ f, f ^^ t);
	printf("%d %d %d %d\n", !0, !5, !!7, !f);
	exit(0);
}
