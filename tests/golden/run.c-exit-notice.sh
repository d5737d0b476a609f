# Without -q, dtrace says when the -c command is gone: "has exited", or
# "exited with status N" for a non-zero status.  dtrace itself exits 0.
"$DTRACE" -c true -n 'BEGIN { }' 2>&1 >/dev/null | sed 's/pid [0-9]*/pid N/'
"$DTRACE" -c false -n 'BEGIN { }' 2>&1 >/dev/null | sed 's/pid [0-9]*/pid N/'
echo "status ${PIPESTATUS[0]}"
