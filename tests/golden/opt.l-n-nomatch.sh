# -l implies -Z: a description that matches nothing is reported on stderr
# with all four fields, the header is still printed and the status is 0.
"$DTRACE" -l -n nosuch
echo "status $?"
