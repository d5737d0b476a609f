# sym() and mod() as aggregation keys: kernel PCs sampled by profile-997
# are merged per function (sym) and per module (mod), as DTrace does; every
# sample is in exactly one function entry and one module entry.  printf's
# %a prints a kernel address as module`function+offset.
"$DTRACE" -q -c "$BUILD/tests/progs/workload spin 400" -n '
profile-997 /arg0 != 0/ { @s[sym(arg0)] = count(); @m[mod(arg0)] = count(); @n = count(); }
profile-997 /arg0 != 0 && !done/ { printf("pc %a\n", arg0); done = 1; }
END { printa(@s); printf("--\n"); printa(@m); printf("--\n"); printa(@n); }' |
awk '
$1 == "pc" { pc = ($2 ~ /^vmlinux`[A-Za-z0-9_.]+\+0x[0-9a-f]+$/); next }
$1 == "--" { part++; next }
NF == 0 { next }
part == 0 { if ($1 !~ /`/ || seen[$1]++) bad++; s += $NF; ns++ }
part == 1 { if ($1 ~ /`/ || seenm[$1]++) bad++; m += $NF }
part == 2 { n = $1 }
END { printf("pc as %%a: %d, functions > 1: %d, sym total = mod total = samples: %d, bad lines: %d\n", pc, ns > 1, s == n && m == n && n > 0, bad) }'
