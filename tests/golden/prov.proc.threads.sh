# Threads: 3 started by the workload are 3 lwp-create (in the creator,
# arg1 its pid), 3 lwp-start and 3 lwp-exit in the new threads, and no
# process create or start; the process's own exit is one more lwp-exit and
# one exit.
"$DTRACE" -q -c "$BUILD/tests/progs/workload threads 3" -n '
proc:::lwp-create /pid == $target && arg1 == $target && arg0 != $target/ { @["lwp-create"] = count(); }
proc:::create /pid == $target/ { @["create"] = count(); }
proc:::lwp-start /pid == $target && tid != pid/ { @["lwp-start"] = count(); }
proc:::start /pid == $target/ { @["start"] = count(); }
proc:::lwp-exit /pid == $target/ { @[tid == pid ? "lwp-exit main" : "lwp-exit thread"] = count(); }
proc:::exit /pid == $target/ { @["exit"] = count(); }'
