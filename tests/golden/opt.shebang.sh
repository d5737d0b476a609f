# An executable D script with a "#!dtrace -qs" interpreter line runs like
# "dtrace -qs script args...": the script's arguments are $1, $$2, ...
cat > "$TMPDIR/hello.d" <<EOD
#!$DTRACE -qs

BEGIN
{
	printf("%d %s %d\n", \$1 + 1, \$\$2, \$3);
	exit(0);
}
EOD
chmod +x "$TMPDIR/hello.d"
"$TMPDIR/hello.d" 41 world 0x10
