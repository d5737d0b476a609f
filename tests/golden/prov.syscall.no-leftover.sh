# Every system call's entry and return probes enabled at once are two
# programs with one raw tracepoint attachment each (sys_enter, sys_exit);
# when dtrace is stopped, none of them stays behind.
command -v bpftool >/dev/null || { echo "bpftool not installed"; exit 77; }
"$DTRACE" -q -n 'BEGIN { printf("begin\n"); } syscall:::entry,syscall:::return { @[probename] = count(); }' >"$TMPDIR/out" &
pid=$!
for i in $(seq 100); do grep -q begin "$TMPDIR/out" && break; sleep 0.02; done
sleep 0.2
progs=$(cat /proc/$pid/fdinfo/* 2>/dev/null | awk '$1 == "prog_id:" { print $2 }' | sort -u)
links=$(cat /proc/$pid/fdinfo/* 2>/dev/null | awk '$1 == "link_type:" { print $2 }' | sort | uniq -c)
echo "programs: $(echo $progs | wc -w)"
echo "links: $links"
kill -TERM $pid
wait $pid
echo "status $?"
left=
for i in $(seq 50); do
	left=
	for id in $progs; do bpftool prog show id "$id" >/dev/null 2>&1 && left="$left prog $id"; done
	[ -z "$left" ] && break
	sleep 0.1
done
echo "after exit left:${left:- none}"
