# A profile or tick probe with any other rate is created when a
# description names it, and -l lists it.
"$DTRACE" -l -n 'profile:::tick-7ms' -n profile-333 | awk '{ print $2, $NF }'
