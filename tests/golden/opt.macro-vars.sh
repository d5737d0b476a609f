# $pid, $ppid, $uid and $gid are dtrace's own process IDs (BEGIN fires in
# dtrace itself); $target is 0 without -c/-p.
"$DTRACE" -q -n 'BEGIN { printf("%d %d %d %d %d\n", $pid == pid, $ppid == ppid, $uid == uid, $gid == gid, $target); exit(0); }'
