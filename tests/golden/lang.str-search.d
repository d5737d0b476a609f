/* index, rindex (with DTrace's rules for a start past either end and for
 * an empty needle), strstr, strchr, strrchr (which find the NUL too);
 * not found is NULL, which prints as an empty string. */
#pragma D option quiet
BEGIN {
	printf("%d %d %d %d %d %d\n", index("abcabc", "bc"), rindex("abcabc", "bc"),
	    index("abcabc", "bc", 2), rindex("abcabc", "bc", 2),
	    index("abcabc", "bc", 5), rindex("abcabc", "bc", 5));
	printf("%d %d %d %d %d %d\n", index("abcabc", "bc", -3),
	    rindex("abcabc", "bc", -3), index("abc", "", 1), index("abc", "", 5),
	    rindex("abc", "", -5), rindex("abc", "", 5));
	printf("%d %d %d %d %d %d\n", index("", "", 3), index("", "x"),
	    index("abc", "abcd"), index("abc", ""), rindex("abc", ""),
	    index("aaab", "aab"));
	printf("[%s] [%s] [%s] [%s] [%s]\n", strstr("abcabc", "bc"),
	    strstr("abc", ""), strstr("", "x"), strstr("hello world", "o w"),
	    strstr("abc", "abcd"));
	printf("[%s] [%s] [%s] [%s] [%s]\n", strchr("hello", 'l'),
	    strrchr("hello", 'l'), strchr("hello", 'z'), strchr("abc", 0),
	    strrchr("/usr/bin/ls", '/'));
	this->path = "/var/log/syslog";
	printf("[%s] %d\n", substr(this->path, rindex(this->path, "/") + 1),
	    strstr(this->path, "log") == "log/syslog");
	exit(0);
}
