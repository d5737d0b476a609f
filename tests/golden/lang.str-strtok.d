/* strtok: the string being cut lasts for the firing, across clauses; a
 * firing starts with none; the delimiters may change between calls. */
#pragma D option quiet
BEGIN { printf("[%s] [%s]\n", strtok(NULL, ","), strtok("a,,b", ",")); }
BEGIN { printf("[%s] [%s] [%s]\n", strtok(NULL, ","), strtok(NULL, ","), strtok(NULL, ",")); }
BEGIN { printf("[%s] [%s] [%s] [%s]\n", strtok(",,,", ","), strtok("", ","), strtok("abc", ""), strtok(NULL, "")); }
BEGIN { printf("[%s] [%s] [%s]\n", strtok("a b,c", " "), strtok(NULL, ","), strtok(NULL, ",")); }
BEGIN {
	printf("[%s] [%s] [%s]\n", strtok(execname, "r"), strtok(NULL, "/"), strtok(NULL, "/"));
}
tick-1ms /n++ == 0/ { printf("[%s]\n", strtok(NULL, ",")); }
tick-1ms /n == 2/ { exit(0); }
