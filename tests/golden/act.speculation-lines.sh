# Without -q, committed records print as the probe lines of the clauses
# that recorded them, after the line of the clause that committed
"$DTRACE" -n '
BEGIN { a = speculation(); }
BEGIN { speculate(a); trace("held"); }
BEGIN { trace("now"); }
BEGIN { commit(a); }
BEGIN { exit(0); }' 2>/dev/null | sed -E 's/^ {0,2}[0-9]+ ( +[0-9]+ )/  C \1/'
