# sched:::tick fires 100 times a second on a busy CPU, for the thread
# running there: a 500 ms spin sees about 50 of them.
"$DTRACE" -q -c "$BUILD/tests/progs/workload spin 500" -n '
sched:::tick /pid == $target/ { n++; }
END { printf("%s\n", n >= 25 && n <= 75 ? "about 50" : "wrong"); }'
