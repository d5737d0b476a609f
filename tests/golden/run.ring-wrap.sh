# Records that wrap around the end of a small trace buffer arrive whole:
# 100 records of 272 bytes (27 KB) go through a 16 KB buffer, so some of them
# straddle its end.
"$DTRACE" -q -x bufsize=16k -x strsize=200 -n 'int n;
tick-1ms
/n < 100/
{
	printf("%d %s\n", n++, "abcdefghijklmnopqrstuvwxyz0123456789");
}
tick-1ms
/n == 100/
{
	exit(0);
}' | awk '
	NF == 0 { next }
	$1 != seen || $2 != "abcdefghijklmnopqrstuvwxyz0123456789" { print "bad line: " $0; bad = 1 }
	{ seen++ }
	END { print seen, "records", bad ? "with errors" : "intact" }'
