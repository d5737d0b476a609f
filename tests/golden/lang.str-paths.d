/* basename, dirname and cleanpath on DTrace's corner cases. */
#pragma D option quiet
BEGIN {
	printf("%-18s %-8s %s\n", "input", "basename", "dirname");
}
BEGIN { s = ""; printf("%-18s %-8s %s\n", s, basename(s), dirname(s)); }
BEGIN { s = "/"; printf("%-18s %-8s %s\n", s, basename(s), dirname(s)); }
BEGIN { s = "/////"; printf("%-18s %-8s %s\n", s, basename(s), dirname(s)); }
BEGIN { s = "a"; printf("%-18s %-8s %s\n", s, basename(s), dirname(s)); }
BEGIN { s = "a/"; printf("%-18s %-8s %s\n", s, basename(s), dirname(s)); }
BEGIN { s = "/a"; printf("%-18s %-8s %s\n", s, basename(s), dirname(s)); }
BEGIN { s = "/a/b/"; printf("%-18s %-8s %s\n", s, basename(s), dirname(s)); }
BEGIN { s = "///a///"; printf("%-18s %-8s %s\n", s, basename(s), dirname(s)); }
BEGIN { s = "a//b"; printf("%-18s %-8s %s\n", s, basename(s), dirname(s)); }
BEGIN { s = "//a//b"; printf("%-18s %-8s %s\n", s, basename(s), dirname(s)); }
BEGIN { s = "/foo/bar///baz/"; printf("%-18s %-8s %s\n", s, basename(s), dirname(s)); }
BEGIN { s = "/foo/bar/baz/."; printf("%-18s %-8s %s\n", s, basename(s), dirname(s)); }
BEGIN { s = "/."; printf("%-18s %-8s %s\n", s, basename(s), dirname(s)); }
BEGIN { s = ".."; printf("%-18s %-8s %s\n", s, basename(s), dirname(s)); }
BEGIN {
	printf("[%s] [%s] [%s] [%s] [%s]\n", cleanpath("/a/b/.."),
	    cleanpath("/a/b/../c"), cleanpath("/../a"), cleanpath("a/../b"),
	    cleanpath("a/.."));
	printf("[%s] [%s] [%s] [%s] [%s]\n", cleanpath("../a"), cleanpath("/.."),
	    cleanpath("/a/..b/c"), cleanpath("//a//b//"), cleanpath("/a/./b"));
	printf("[%s] [%s] [%s] [%s] [%s] [%s]\n", cleanpath("a//b"),
	    cleanpath("/a/b/../../.."), cleanpath("/./"), cleanpath(""),
	    cleanpath("/a/b/."), cleanpath("/usr/./lib/../bin//ls"));
	exit(0);
}
