# -l -f with a function that matches nothing: the function is the third
# field of the description.
"$DTRACE" -l -f nosuchfunc
echo "status $?"
