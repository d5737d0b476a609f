# script.proctree.d, an execsnoop-like process tree, on a shell script
# that runs, one after the other: /bin/true, a sh -c that runs
# /bin/true in turn then exits with 4, /bin/echo, a sh -c that kills
# itself with SIGTERM, and then exits with 3.  Every exec and exit
# comes in order (the shell waits for each child), indented by depth.
# Checks proc:::create's args[0], exec-success and exit, progenyof(),
# an associative array keyed by pid, a for loop bounded by a variable
# building a string with strjoin(), if/else, curthread->exit_code,
# curpsinfo->pr_psargs, and printa() with a format.
cat > "$TMPDIR/job.sh" <<'JOB'
/bin/true one
sh -c '/bin/true two; exit 4'
/bin/echo three > /dev/null
sh -c 'kill -TERM $$'
exit 3
JOB
"$DTRACE" -s script.proctree.d -c "sh $TMPDIR/job.sh" 2> "$TMPDIR/err" |
    sed "s|$TMPDIR|TMP|"
echo "status ${PIPESTATUS[0]}"
echo "stderr (the shell's, of its child's signal):"
cat "$TMPDIR/err"
