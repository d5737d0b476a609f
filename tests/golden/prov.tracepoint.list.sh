# tracepoint:SUBSYSTEM:EVENT names a kernel tracepoint (three fields:
# provider, module, function); -l lists a subsystem's events from tracefs,
# and every probe of every provider in well under a second.
"$DTRACE" -l -n 'tracepoint:sched:sched_switch' | awk '{ print $2, $3, $4 }'
"$DTRACE" -l -n 'tracepoint:block:block_rq_*' | awk 'NR > 1 { print $2, $3, $4 }'
"$DTRACE" -l | awk '$2 == "tracepoint" { n++ } END { print "tracepoints listed:", (n > 500) }'
