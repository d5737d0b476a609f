# Counts kept per CPU and merged in user space add up exactly: profile
# samples on both CPUs (two busy loops keep them awake) are counted by
# thread and in total; the per-thread counts must sum to the total, and
# samples must have come from more than one CPU, each CPU's count
# (kept on that CPU) non-zero after the merge.
sh -c 'i=0; while [ $i -lt 150000 ]; do i=$((i+1)); done' &
sh -c 'i=0; while [ $i -lt 150000 ]; do i=$((i+1)); done' &
"$DTRACE" -q -n '
profile-997
{
	@bytid[tid] = count();
	@bycpu[cpu] = count();
	@total = count();
}
tick-400ms
{
	exit(0);
}
END
{
	printa("tid %d %@d\n", @bytid);
	printa("cpu %d %@d\n", @bycpu);
	printa("total %@d\n", @total);
}' | awk '
	$1 == "tid" { sum += $3 }
	$1 == "cpu" { cpus++; csum += $3; if ($3 == 0) zero = 1 }
	$1 == "total" { total = $2 }
	END {
		print "sum of threads equals total:", (sum == total && total > 0)
		print "sum of CPUs equals total:", (csum == total)
		print "more than one CPU, each with samples:", (cpus > 1 && !zero)
	}'
wait
