# quiet takes DTrace's run-time switch values: yes/on/1 (even 0) set it,
# no/off/"" clear it, also after -q.
for q in yes On 1 0 no off ''; do
	echo "quiet=$q:"
	"$DTRACE" -q -x quiet=yes -x "quiet=$q" -n 'BEGIN { trace(7); exit(0); }' \
	    2>&1 | sed 's/^ *[0-9]* *1 *:BEGIN/CPU 1 :BEGIN/'
done
