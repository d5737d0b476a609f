# Kernel variables typed by BTF: per-CPU ones read as this CPU's copy.
# Needs kallsyms to list variables (CONFIG_KALLSYMS_ALL), where the
# verifier finds their addresses.
if ! grep -q ' cpu_number$' /proc/kallsyms; then
	echo "kernel variables: kernel has no CONFIG_KALLSYMS_ALL"
	exit 77
fi
"$DTRACE" -qn 'BEGIN {
	printf("%d %d\n", `cpu_number == cpu, vmlinux`cpu_number == cpu);
	printf("%d %d\n", `current_task == curthread,
	    `current_task->pid == tid);
	printf("%d\n", `runqueues.cpu == cpu);
	printf("%d\n", &`runqueues != NULL);
	exit(0);
}'
