# usym(), ufunc(), umod() and uaddr() of the user PC profile-997 samples
# (arg1) while the workload spins in spin_outer -> spin_inner: as keys,
# usym/ufunc entries merge per function and umod per object, of the process
# that was sampled, so their totals are the samples; uaddr keeps each
# address.  trace() prints the same names.  The workload exits before the
# aggregations print: its symbols are read as it exits (-c).
"$DTRACE" -q -c "$BUILD/tests/progs/workload spin 400" -n '
syscall::getpgid:entry /pid == $target && (int)arg0 == -4242/ { self->go = 1; }
syscall::getpgid:entry /pid == $target && (int)arg0 == -4343/ { self->go = 0; }
profile-997 /self->go && arg1 != 0/ {
	@s[usym(arg1)] = count(); @f[ufunc(arg1)] = count();
	@m[umod(arg1)] = count(); @a[uaddr(arg1)] = count(); @n = count();
}
profile-997 /self->go && arg1 != 0 && !done/ {
	printf("trace: "); trace(umod(arg1)); printf(" "); trace(ufunc(arg1));
	printf("\n");
	done = 1;
}
END {
	printa(@s); printf("--\n"); printa(@f); printf("--\n"); printa(@m);
	printf("--\n"); printa(@a); printf("--\n"); printa(@n);
}' | awk '
BEGIN { part = 0 }
$1 == "trace:" { tr = ($2 == "workload" && $3 ~ /^workload`spin_(inner|outer)$/); next }
$1 == "--" { part++; next }
NF == 0 { next }
part <= 1 { if ($1 !~ /^workload`spin_(inner|outer)$/ || seen[part, $1]++) bad++; s[part] += $NF }
part == 2 { if ($1 != "workload" || seen[part, $1]++) bad++; s[part] += $NF }
part == 3 { if ($1 !~ /^workload`spin_(inner|outer)\+0x[0-9a-f]+$/ || seen[part, $1]++) bad++; s[part] += $NF; na++ }
part == 4 { n = $1 }
END { printf("trace: %d, totals = samples: %d, addresses > 1: %d, bad lines: %d\n",
    tr, s[0] == n && s[1] == n && s[2] == n && s[3] == n && n > 100, na > 1, bad) }'
