# printa(@n); trunc(@n) loses no update: what the periodic printa()s show,
# plus what is left at the end, adds up to a count that is never truncated.
# Samples on two busy CPUs arrive while the consumer prints and removes.
# (The aggregation is double-buffered: a drain switches the probes to the
# other map and waits for those still running before reading the first.)
# Under load the kernel now and then refuses a new entry; that is reported
# as "N aggregation drop(s) on CPU C", and counted here: every event is
# either printed or reported dropped.
sh -c 'i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done' &
sh -c 'i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done' &
"$DTRACE" -q -n '
profile-4999
{
	@n[cpu] = count();
	@all = count();
}
tick-5ms
{
	printa("n %d %@d\n", @n);
	trunc(@n);
}
tick-600ms
{
	exit(0);
}
END
{
	printa("n %d %@d\n", @n);
	printa("all %@d\n", @all);
}' 2>"$TMPDIR/err" | awk -v errf="$TMPDIR/err" '
	$1 == "n" { sum += $3 }
	$1 == "all" { all = $2 }
	END {
		while ((getline line < errf) > 0)
			if (split(line, w, " ") >= 4 && w[3] == "aggregation")
				drops += w[2]
		print "printed counts and drops add up:", (sum + drops == all && all > 0)
	}'
wait
