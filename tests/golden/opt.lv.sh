# -lv adds each probe's stability attributes and argument types.  The
# dtrace provider's probe names and arguments are Stable/Stable/Common.
"$DTRACE" -lv -n dtrace:::BEGIN
