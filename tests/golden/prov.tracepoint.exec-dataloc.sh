# A __data_loc string field: sched_process_exec's args->filename.
"$DTRACE" -q -c /bin/true -n 'tracepoint:sched:sched_process_exec /pid == $target/ { printf("%s %s %d\n", args->filename, execname, args->pid == pid); }'
