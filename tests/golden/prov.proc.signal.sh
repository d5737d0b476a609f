# signal-send in the sender (arg1 the target's pid, arg2 the signal) and
# signal-handle in the receiver (arg0 the signal), for 4 SIGUSR1 the
# workload sends itself.
"$DTRACE" -q -c "$BUILD/tests/progs/workload signal 4" -n '
proc:::signal-send /pid == $target && arg1 == $target/ { @["send", arg2] = count(); }
proc:::signal-handle /pid == $target/ { @["handle", arg0] = count(); }'
