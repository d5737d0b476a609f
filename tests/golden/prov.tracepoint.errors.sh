# args-> errors: a field the event lacks, fields that differ between the
# clause's tracepoints, args-> in a probe that is not a tracepoint.
"$DTRACE" -n 'tracepoint:sched:sched_switch { trace(args->nosuch); }'
echo "status $?"
"$DTRACE" -n 'tracepoint:sched:sched_switch,tracepoint:sched:sched_process_exec { trace(args->pid); }'
echo "status $?"
"$DTRACE" -n 'syscall::read:entry { trace(args->fd); }'
echo "status $?"
"$DTRACE" -n 'tracepoint:nosuch:event { exit(0); }'
echo "status $?"
