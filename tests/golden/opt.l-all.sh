# -l alone lists every probe: the dtrace provider's three, the profile
# provider's predefined profile-N and tick-N probes, an entry and a
# return probe per system call, then the proc and sched probes.  Probe IDs
# after 3 are not fixed, so only
# PROVIDER and NAME are compared, and the system calls are counted.
"$DTRACE" -l | awk '$2 != "syscall" { print $2, $NF }
$2 == "syscall" { n[$NF]++ }
END { print "syscall", (n["entry"] > 350), (n["entry"] == n["return"]) }'
