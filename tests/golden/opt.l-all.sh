# -l alone lists every probe: the dtrace provider's three, the profile
# provider's predefined profile-N and tick-N probes, an entry and a return
# probe per system call, the proc, sched and io probes, then every kernel
# tracepoint.  Probe IDs after 3 are not fixed, so only PROVIDER and NAME
# are compared; system calls and tracepoints are counted.
"$DTRACE" -l | awk '$2 != "syscall" && $2 != "tracepoint" { print $2, $NF }
$2 == "syscall" { n[$NF]++ }
$2 == "tracepoint" { tp++ }
END {
	print "syscall", (n["entry"] > 350), (n["entry"] == n["return"])
	print "tracepoint", (tp > 500)
}'
