# copyinstr() reads a system call's path argument from the process's
# memory: cat opens the file the test names, and the clause sees its path,
# whole and cut to 5 characters by copyinstr's second argument; a clause
# reading address 0 faults with DTrace's message and the next clause runs,
# as does stringof() of a bad kernel address.
f=$TMPDIR/copyinstr-file
echo x > "$f"
"$DTRACE" -q -c "cat $f" -n '
syscall::openat:entry /pid == $target && strlen(copyinstr(arg1)) > 5 &&
    copyinstr(arg1) == $$1/ { n++; printf("%s, %d: %s\n", copyinstr(arg1) == $$1 ? "path" : "other", strlen(copyinstr(arg1, 5)), copyinstr(arg1, 5) == substr($$1, 0, 5) ? "prefix" : copyinstr(arg1, 5)); }
END { printf("opens %d\n", n); }' "$f" 2>/dev/null | grep -v '^x$'
echo "status $?"
"$DTRACE" -q -n 'BEGIN { trace(copyinstr(0)); } BEGIN { printf("next clause\n"); exit(0); }' 2>&1
echo "status $?"
"$DTRACE" -q -n 'BEGIN { trace(stringof((char *)8)); } BEGIN { printf("next clause\n"); exit(0); }' 2>&1
echo "status $?"
