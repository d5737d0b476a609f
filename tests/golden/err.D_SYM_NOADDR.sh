# A kernel variable BTF describes (a per-CPU one) on a kernel without
# CONFIG_KALLSYMS_ALL: the verifier could not find its address, so the
# compiler says why.  `max_pfn, which that kernel describes nowhere, is
# unknown, with the reason.  Skipped where kallsyms lists variables
# (lang.kernel-var reads them there).
if grep -q ' cpu_number$' /proc/kallsyms; then
	echo "kernel variables: kallsyms lists them (CONFIG_KALLSYMS_ALL)"
	exit 77
fi
"$DTRACE" -e -x errtags -n 'BEGIN { trace(`cpu_number); }'
echo "status $?"
"$DTRACE" -e -x errtags -n 'BEGIN { trace(`max_pfn); }'
echo "status $?"
