# String and memory subroutines check their prototypes as DTrace does.
for p in 'trace(copyinstr())' 'trace(strlen(1))' 'trace(strjoin("a"))' \
    'trace(substr("a", "b"))' 'trace(substr("a", 1, 2, 3))' \
    'trace(copyinstr("x"))' 'trace(stringof(curthread->se))' \
    'trace(index("a"))' 'trace(strchr("a", "b"))' 'trace(lltostr("x"))' \
    'trace(inet_ntoa(1))' 'bcopy("a", alloca(1))' 'trace(strtoll("1", 2, 3))' \
    'trace(progenyof("x"))' 'trace(rand(1))'; do
	"$DTRACE" -e -n "BEGIN { $p; }" 2>&1
	echo "status $?"
done
