# -l -m with a module that matches nothing: the description is shown with
# the module in the second field.
"$DTRACE" -l -m nosuchmod
echo "status $?"
