# Several -s scripts compile in command-line order into one program; each
# gets a "script 'NAME' matched" notice quoting the file name as given.
cd "$TMPDIR" || exit 1
printf 'BEGIN\n{\n\tprintf("one");\n}\n' > one.d
printf 'BEGIN\n{\n\tprintf("two");\n\texit(0);\n}\n' > two.d
taskset -c 0 "$DTRACE" -s one.d -s ./two.d
