# Checks made when tracing starts, with DTrace's messages: a buffer too
# small for a record is fatal; rates the kernel would move are moved and
# reported (even when quiet).  (A buffer larger than the kernel gives is
# halved until it is given, "buffer size lowered to 512m"; not tested: a
# 1 GiB ring costs seconds.)
p='BEGIN { trace(1); exit(0); }'
for x in bufsize=0 bufsize=8 cleanrate=0 cleanrate=10000hz cleanrate=2min \
    cleanrate=1hz statusrate=30s statusrate=5s; do
	echo "$x:"
	"$DTRACE" -q -x "$x" -n "$p" 2>&1
	echo " rc=$?"
done
# fill: END must fit in the buffer (it fires when the buffer is full)
for x in fill switch; do
	echo "$x, END's record larger than the buffer:"
	"$DTRACE" -q -x bufpolicy=$x -x bufsize=128 -n "$p" \
	    -n 'END { trace(execname); }' 2>&1
	echo " rc=$?"
done
