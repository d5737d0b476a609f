# With strsize=8, string subroutines cut their results at 8 characters:
# strjoin of two 6-character strings, substr asking for more, and strlen of
# a longer literal's copy.
"$DTRACE" -q -x strsize=8 -n 'BEGIN {
	a = "abcdef";
	printf("[%s] [%s] [%d] [%s]\n", strjoin(a, "ghijkl"), substr(strjoin(a, a), 2, 20),
	    strlen(strjoin(a, a)), strjoin("", a));
	exit(0);
}'
echo "status $?"
