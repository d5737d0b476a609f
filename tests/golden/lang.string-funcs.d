/* strlen, strjoin, substr (2 and 3 arguments, negative index and length
 * as DTrace), stringof of a kernel char array; empty strings. */
#pragma D option quiet
BEGIN {
	s = "hello, world";
	printf("[%d] [%d]\n", strlen(s), strlen(""));
	printf("[%s] [%s] [%s]\n", strjoin(s, "!"), strjoin("", ""), strjoin("a", strjoin("b", "c")));
	printf("[%s] [%s] [%s] [%s]\n", substr(s, 7), substr(s, 0, 5), substr(s, -5), substr(s, -5, 2));
	printf("[%s] [%s] [%s] [%s]\n", substr(s, 20), substr(s, 3, -2), substr(s, -20, 22), substr(s, -20, 3));
	printf("[%s]\n", stringof(curthread->comm));
	exit(0);
}
