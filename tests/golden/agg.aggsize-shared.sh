# -x aggsize is the room of all keyed aggregations together, as in DTrace:
# the same 12 keys that fit in @a alone do not all fit when a second
# aggregation shares the room (each gets half); an unkeyed aggregation
# takes none of it.
keys='@a[1] = count(); @a[2] = count(); @a[3] = count(); @a[4] = count(); @a[5] = count(); @a[6] = count(); @a[7] = count(); @a[8] = count(); @a[9] = count(); @a[10] = count(); @a[11] = count(); @a[12] = count();'
for other in '' '@c = count();' '@b[1] = count();'; do
	"$DTRACE" -q -x aggsize=1600 -n "BEGIN { $keys $other exit(0); }" \
	    -n 'END { printa("key%d ", @a); printf("\n"); }' >"$TMPDIR/out" 2>"$TMPDIR/err"
	echo "status $? with '$other': $(grep -o 'key[0-9]*' "$TMPDIR/out" | wc -l) keys kept, $(grep -c 'aggregation drop' "$TMPDIR/err") drop lines"
done
