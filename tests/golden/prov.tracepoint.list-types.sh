# -lv of a tracepoint lists the event's own fields, as args->name with the
# kernel's type from the format file (the common_ fields are not listed).
"$DTRACE" -lv -n tracepoint:sched:sched_switch | sed -n '/Argument Types/,$p' |
    grep -E 'Argument|args->(prev_comm|prev_pid|next_prio|common)'
