# proc:::exec's arg0 is the path being executed, user memory read with
# copyinstr(): the -c command's exec of /bin/true.
"$DTRACE" -q -c /bin/true -n 'proc:::exec /pid == $target/ { printf("%s\n", copyinstr(arg0)); }'
echo "status $?"
