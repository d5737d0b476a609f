# -s /dev/stdin reads the program from standard input.
printf 'BEGIN\n{\n\tprintf("from stdin\\n");\n\texit(0);\n}\n' | "$DTRACE" -q -s /dev/stdin
