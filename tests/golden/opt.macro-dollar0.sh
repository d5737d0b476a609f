# $$0 is the script name for -s, and dtrace's argv[0] for -n.
cd "$TMPDIR" || exit 1
printf 'BEGIN\n{\n\tprintf("%%s\\n", $$0);\n\texit(0);\n}\n' > zero.d
"$DTRACE" -q -s zero.d
"$DTRACE" -q -n 'BEGIN { printf("%s\n", $$0); exit(0); }' | sed "s|^$DTRACE\$|argv0|"
