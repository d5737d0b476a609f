# -l -s SCRIPT lists the probes that the script's clauses match, clause by
# clause, without running it.
cd "$TMPDIR" || exit 1
printf 'BEGIN\n{\n\tprintf("ran\\n");\n}\n\nERROR, END\n{\n\texit(0);\n}\n' > prog.d
"$DTRACE" -l -s prog.d
