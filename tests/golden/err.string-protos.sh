# String subroutines check their prototypes as DTrace does.
for p in 'trace(copyinstr())' 'trace(strlen(1))' 'trace(strjoin("a"))' \
    'trace(substr("a", "b"))' 'trace(substr("a", 1, 2, 3))' \
    'trace(copyinstr("x"))' 'trace(stringof(curthread->se))'; do
	"$DTRACE" -e -n "BEGIN { $p; }" 2>&1
	echo "status $?"
done
