# freopen(): later output goes to the file (appended to), freopen("") back
# to the original output; a file that cannot be opened is an error message
# and the output stays where it was.  What dtrace prints at the end (END,
# aggregations) goes to the file then in use.  ftruncate() empties the
# current output file.
cd "$TMPDIR"
echo "old" >f1
"$DTRACE" -w -q -n 'BEGIN { printf("a\n"); freopen("f%d", 1); printf("b\n");
    freopen("/nonexistent/x"); printf("c\n"); freopen(""); printf("d\n");
    @n["agg"] = count(); freopen("f2"); printf("e\n"); exit(0); }
END { printf("end\n"); }'
echo "status $?"
echo "f1:"; cat f1
echo "f2:"; cat f2
"$DTRACE" -w -q -n 'BEGIN { freopen("f3"); printf("lost\n"); ftruncate();
    printf("kept\n"); freopen(""); printf("back\n"); exit(0); }'
echo "f3:"; cat f3
# -o: freopen("") goes back to the -o file; ftruncate() empties it
"$DTRACE" -w -q -o f4 -n 'BEGIN { printf("lost\n"); ftruncate();
    freopen("f5"); printf("5\n"); freopen(""); printf("4\n"); exit(0); }'
echo "f4:"; cat f4
echo "f5:"; cat f5
