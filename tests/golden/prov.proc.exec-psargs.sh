# The classic one-liner: proc:::exec-success { @[curpsinfo->pr_psargs] =
# count(); } counts the command lines run, arguments separated by spaces
# (pr_psargs holds at most 79 characters, as in DTrace).
cat > "$TMPDIR/s" <<'SH'
#!/bin/sh
/bin/true one two
/bin/true one two
/bin/echo three > /dev/null
/bin/true 0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789
SH
chmod +x "$TMPDIR/s"
"$DTRACE" -q -c "$TMPDIR/s" -n 'proc:::exec-success /ppid == $target/ { @[curpsinfo->pr_psargs] = count(); }'
