# A bad kernel pointer is a fault of the clause that reads it, reported as
# DTrace does, not a crash: the next clause still runs.  A member read
# through a pointer to a made-up address, and the same for a string.
"$DTRACE" -q -n '
BEGIN { trace(((struct task_struct *)8)->pid); }
BEGIN { trace(((struct task_struct *)16)->comm); }
BEGIN { printf("still running\n"); exit(0); }' 2>&1 |
    sed 's/(0x[0-9a-f]*)/(ADDR)/; s/DIF offset [0-9]*/DIF offset N/'
