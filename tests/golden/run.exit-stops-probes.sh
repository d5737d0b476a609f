# After exit(), other probes stop recording: tick-1ms output does not go on
# after the clause that called exit() (one record may race with exit() on
# another CPU).
"$DTRACE" -q -n 'tick-1ms { printf("fast\n"); } tick-20ms { printf("exit\n"); exit(0); } END { printf("end\n"); }' |
    awk '/^exit$/ { e = 1; next } e && /^fast$/ { late++ } END { print "exited", e + 0, "late records at most 1:", late <= 1 }'
