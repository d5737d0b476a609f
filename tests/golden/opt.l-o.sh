# -l -o FILE: the listing goes to FILE.
cd "$TMPDIR" || exit 1
"$DTRACE" -l -n BEGIN -o list.txt
echo "status $?"
cat list.txt
