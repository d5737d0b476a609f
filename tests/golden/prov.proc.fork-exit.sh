# proc:::create fires in the parent for each of 5 forks (arg1 the child's
# pid), proc:::start in each child, and proc:::exit with CLD_EXITED (1) as
# each child calls _exit(7); exec-success fires once, for the workload
# itself.
"$DTRACE" -q -c "$BUILD/tests/progs/workload fork 5" -n '
proc:::exec-success /pid == $target/ { printf("exec-success %s\n", execname); }
proc:::create /pid == $target/ { @["create"] = count(); child[arg1] = 1; }
proc:::start /ppid == $target && child[pid]/ { @["start"] = count(); }
proc:::lwp-start /ppid == $target/ { @["lwp-start"] = count(); }
proc:::exit /ppid == $target/ { @e[arg0] = count(); }
proc:::lwp-exit /ppid == $target/ { @["lwp-exit"] = count(); }
END { printa(@); printa("exit %d: %@d\n", @e); }'
