# -p PID: $target is PID, and dtrace exits when that process exits.
sleep 0.3 &
spid=$!
"$DTRACE" -q -p $spid -n "BEGIN { printf(\"%d\\n\", \$target == $spid); } END { printf(\"end\\n\"); }"
echo "status $?"
