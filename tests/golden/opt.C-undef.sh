# -D NAME defines NAME (as 1) and a later -U NAME undefines it again: the
# preprocessor sees them in command-line order.
command -v cpp >/dev/null || { echo "needs cpp"; exit 77; }
cd "$TMPDIR" || exit 1
cat > prog.d <<'EOD'
BEGIN
{
#ifdef Y
	printf("Y=%d\n", Y);
#else
	printf("no Y\n");
#endif
	exit(0);
}
EOD
"$DTRACE" -q -C -D Y -s prog.d
"$DTRACE" -q -C -D Y -U Y -s prog.d
