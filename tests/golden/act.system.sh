# system(): printf()'s format and arguments make a command, run through
# /bin/sh by the consumer as it reads the records: its output comes in
# order with dtrace's own (flushed before it runs), to dtrace's standard
# output.
"$DTRACE" -w -q -n 'BEGIN { printf("before\n"); system("echo %s %d | tr a-z A-Z",
    "arg", 42); printf("after\n"); }
BEGIN { system("printf \"%%s|\" one two; echo"); exit(0); }'
echo "status $?"
# without -q, the probe's line starts before the command runs
"$DTRACE" -w -n 'BEGIN { system("echo in"); exit(0); }' 2>/dev/null |
    sed 's/^ *[0-9][0-9]* /CPU /'
# a command's exit status does not matter; one per record, in order
"$DTRACE" -w -q -n 'tick-1ms /i < 3/ { system("echo %d; exit 3", i++); }
tick-1ms /i == 3/ { exit(0); }'
echo "status $?"
