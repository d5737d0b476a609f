# A dtrace killed with SIGKILL leaves no BPF programs or maps behind: the
# kernel frees them with the process's file descriptors.  The IDs are those
# of this dtrace (read from its fdinfo), so other tests do not interfere.
command -v bpftool >/dev/null || { echo "bpftool not installed"; exit 77; }
"$DTRACE" -q -n 'BEGIN { printf("begin\n"); } tick-1s { printf("tick\n"); }' >"$TMPDIR/out" &
pid=$!
for i in $(seq 100); do grep -q begin "$TMPDIR/out" && break; sleep 0.02; done
progs=$(cat /proc/$pid/fdinfo/* 2>/dev/null | awk '$1 == "prog_id:" { print $2 }' | sort -u)
maps=$(cat /proc/$pid/fdinfo/* 2>/dev/null | awk '$1 == "map_id:" { print $2 }' | sort -u)
echo "while running: programs $( [ -n "$progs" ] && echo yes || echo no), maps $( [ -n "$maps" ] && echo yes || echo no)"
{ kill -9 $pid; wait $pid; } 2>/dev/null # no "Killed" job message
left=
for i in $(seq 50); do
	left=
	for id in $progs; do bpftool prog show id "$id" >/dev/null 2>&1 && left="$left prog $id"; done
	for id in $maps; do bpftool map show id "$id" >/dev/null 2>&1 && left="$left map $id"; done
	[ -z "$left" ] && break
	sleep 0.1
done
echo "after SIGKILL left:${left:- none}"
