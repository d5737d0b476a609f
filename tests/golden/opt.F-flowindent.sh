# -F (flowindent) as DTrace prints it: a "CPU FUNCTION" header, entries
# "=> func" (syscall provider; "->" for others) indenting what follows on
# their CPU by two, returns "<= func" unindenting, other probes "| func:name";
# with several clauses on one return probe only the last unindents.  The
# workload and dtrace (END) are pinned to one CPU so that the indentation
# is one sequence;
# pread64 has no return probe enabled, so each call nests deeper.  (The
# workload's "done" is dropped: it may come anywhere.)
cpu=$(taskset -pc $$ | sed 's/.*: *//; s/[-,].*//')
w="taskset -c $cpu $BUILD/tests/progs/workload syscalls 3"
cpucol='s/^ *[0-9][0-9]* /  C /; /^done$/d'
taskset -c $cpu "$DTRACE" -F -c "$w" -n '
syscall::pread64:entry /pid == $target && (int)arg0 == -1/ {}
syscall::getppid:entry, syscall::getppid:return /pid == $target/ {}
END {}' 2>/dev/null | sed "$cpucol"
echo "quiet, -x flowindent, two clauses on the return probe:"
taskset -c $cpu "$DTRACE" -q -x flowindent -c "$w" -n '
syscall::getppid:entry, syscall::getppid:return /pid == $target/ { printf("%s\n", probename); }
syscall::getppid:return /pid == $target/ { printf("second\n"); }' |
    sed "$cpucol"
