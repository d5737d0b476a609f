# probefunc and id in clauses for different system calls of one kind (all
# entries share one program): each clause sees its own probe's, as in the
# classic one-clause-per-call scripts; the -l listing gives the ids.
id=$("$DTRACE" -l -n syscall::getppid:entry | awk 'NR == 2 { print $1 }')
"$DTRACE" -q -c "$BUILD/tests/progs/workload syscalls 3" -n '
syscall::getppid:entry /pid == $target/ { @[probefunc, id] = count(); }
syscall::pread64:entry /pid == $target && (int)arg0 == -1/ { @[probefunc, 0] = count(); }
syscall::getpgid:entry /0/ { }' | sed "s/ $id / ID /"
