# loopmax: the default (1000), -x loopmax=N, and values out of range
run() {
	"$DTRACE" "$@" 2>"$TMPDIR/err"
	echo "status $?"
	sed -E 's/ at DIF offset [0-9]*$/ at DIF offset N/' "$TMPDIR/err"
}
run -s lang.loop-limit.d
run -x loopmax=5 -s lang.loop-limit.d
run -x loopmax=0 -n 'BEGIN { exit(0); }'
run -x loopmax=8388608 -n 'BEGIN { exit(0); }'
run -x loopmax=8388607 -qn 'BEGIN { i = 0; while (i < 100000) i++; printf("%d\n", i); exit(0); }'
