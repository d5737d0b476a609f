# -c splits the command at white space and runs it without a shell: the
# shell's characters are plain arguments.
cd "$TMPDIR" || exit 1
"$DTRACE" -q -c 'echo a >b $HOME' -n 'BEGIN { }'
ls
