# tracepoint:sched:sched_switch with the event's fields: args->next_comm
# (a char array) and args->next_pid; the workload is switched to at least
# once per sleep (five).  args->prev_state is an integer field.
"$DTRACE" -q -c "$BUILD/tests/progs/workload sleep 10" -n '
tracepoint:sched:sched_switch /args->next_pid == $target && args->next_comm == "workload"/ { on++; }
tracepoint:sched:sched_switch /args->prev_pid == $target && args->prev_state != 0/ { sleeps++; }
END { printf("switched to workload >= 5: %d, blocked >= 5: %d\n", on >= 5, sleeps >= 5); }'
