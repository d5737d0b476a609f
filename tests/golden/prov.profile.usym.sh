# usym(), ufunc(), umod() and uaddr() of the user PC profile-997 samples
# (arg1) while the workload spins in spin_outer -> spin_inner: as keys,
# usym/ufunc entries merge per function and umod per object, of the process
# that was sampled, so their totals are the samples; uaddr keeps each
# address.  trace() prints the same names.  The workload exits before the
# aggregations print: its symbols are read as it exits (-c).  Nearly all
# samples are in the spin functions; a few may land in libc's system call
# wrapper around the markers, and are named as such.
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
$1 == "trace:" { tr = ($2 ~ /^[^`]+$/ && $3 ~ /^([^`]+`[A-Za-z_][A-Za-z0-9_.]*|0x[0-9a-f]+)$/); next }
$1 == "--" { part++; next }
NF == 0 { next }
part <= 3 && seen[part, $1]++ { bad++ }
part <= 1 { if ($1 ~ /^workload`spin_(inner|outer)$/) spin[part] += $NF;
    else if ($1 !~ /^([^`]+`[A-Za-z_][A-Za-z0-9_.]*|0x[0-9a-f]+)$/) bad++ }
part == 2 { if ($1 == "workload") spin[part] += $NF; else if ($1 ~ /`/) bad++ }
part == 3 { if ($1 ~ /^workload`spin_(inner|outer)\+0x[0-9a-f]+$/) { spin[part] += $NF; na++ }
    else if ($1 !~ /^([^`]+`[A-Za-z_][A-Za-z0-9_.]*(\+0x[0-9a-f]+)?|([^`]+`)?0x[0-9a-f]+)$/) bad++ }
part <= 3 { s[part] += $NF }
part == 4 { n = $1 }
END { printf("trace: %d, totals = samples: %d, in spin functions > 90%%: %d, addresses > 1: %d, bad lines: %d\n",
    tr, s[0] == n && s[1] == n && s[2] == n && s[3] == n && n > 100,
    spin[0] > 0.9 * n && spin[1] == spin[0] && spin[2] == spin[0] && spin[3] == spin[0], na > 1, bad) }'
