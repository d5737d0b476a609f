# printf's %A prints a user address of the -c command as binary`function+off
# (its symbols stay readable after it exits).
"$DTRACE" -q -c "$BUILD/tests/progs/workload spin 300" -n 'profile-997 /arg1 != 0 && pid == $target/ { @[arg1] = count(); } END { printa("%A %@d\n", @); }' |
    sed -n 's/+0x[0-9a-f]* [0-9]*$//p' | sort -u | grep -c '^workload`spin_inner$'
