# -l lists an entry and a return probe per system call, module vmlinux,
# in well under a second.
"$DTRACE" -l -P syscall | awk 'NR > 1 { n[$5]++; m[$3]++ } END { for (k in n) print k, (n[k] > 300); for (k in m) print k }' | sort
"$DTRACE" -l -n 'syscall::read:' | awk '{ print $2, $3, $4, $5 }'
