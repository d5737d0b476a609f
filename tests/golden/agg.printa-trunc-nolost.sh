# printa(@n); trunc(@n) loses no update: what the periodic printa()s show,
# plus what is left at the end, adds up to a count that is never truncated.
# Samples on two busy CPUs arrive while the consumer prints and removes.
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
}' | awk '
	$1 == "n" { sum += $3 }
	$1 == "all" { all = $2 }
	END { print "printed counts add up:", (sum == all && all > 0) }'
wait
