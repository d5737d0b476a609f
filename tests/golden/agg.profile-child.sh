# profile samples of a busy child started with -c, keyed by execname (the
# child is called dtrace until it has exec()ed dd: those samples are left out)
"$DTRACE" -q -n 'profile-997 /pid == $target && execname != "dtrace"/ { @[execname] = count(); }' -n 'END { printa("%s\n", @); }' -c 'dd if=/dev/zero of=/dev/null bs=1 count=100000 status=none'
