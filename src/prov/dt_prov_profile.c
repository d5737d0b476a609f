/*
 * dt_prov_profile.c -- the profile provider: profile-N and tick-N.
 *
 * profile-N fires on every CPU N times a second (or every N units);
 * tick-N fires on one CPU only.  Units: ns nsec us usec ms msec s sec
 * m min h hour d day hz; a bare number is a rate in Hz.  Both are software
 * cpu-clock perf events sampling with a fixed period.
 *
 * Arguments: arg0 is the kernel PC if the CPU was in the kernel when the
 * timer fired (else 0), arg1 the user PC if it was in user mode (else 0).
 * The trampoline reads them from the pt_regs at the start of the perf
 * event context (x86-64 layout).
 */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <fnmatch.h>
#include <linux/perf_event.h>
#include "../lib/dt_impl.h"
#include "../cg/dt_cg.h"
#include "../cg/dt_emit.h"

#define DT_PT_REGS_IP 128   /* offsetof(struct pt_regs, ip) on x86-64 */
#define DT_PT_REGS_CS 136

/* Parse "997", "10ms", "5hz" ... into a period in ns; 0 if invalid. */
static uint64_t
dt_prov_profile_period(const char *s)
{
	static const struct { const char *u; uint64_t mult; } units[] = {
		{ "ns", 1 }, { "nsec", 1 }, { "us", 1000 }, { "usec", 1000 },
		{ "ms", 1000000 }, { "msec", 1000000 },
		{ "s", 1000000000ULL }, { "sec", 1000000000ULL },
		{ "m", 60000000000ULL }, { "min", 60000000000ULL },
		{ "h", 3600000000000ULL }, { "hour", 3600000000000ULL },
		{ "d", 86400000000000ULL }, { "day", 86400000000000ULL },
	};
	char *end;

	if (*s < '0' || *s > '9')
		return 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (v == 0)
		return 0;
	if (*end == '\0' || strcmp(end, "hz") == 0)
		return 1000000000ULL / v ? 1000000000ULL / v : 1;
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strcmp(end, units[i].u) == 0)
			return v * units[i].mult;
	return 0;
}

static int
dt_prov_profile_populate(dtrace_hdl_t *dtp, dt_provider_t *pv)
{
	static const char *const defaults[] = {
		"profile-97", "profile-199", "profile-499", "profile-997",
		"profile-1999", "profile-4001", "profile-4999", "tick-1",
		"tick-10", "tick-100", "tick-500", "tick-1000", "tick-5000",
	};
	for (size_t i = 0; i < sizeof(defaults) / sizeof(defaults[0]); i++) {
		dt_probe_t *pr = dt_probe_create(dtp, pv, "", "", defaults[i]);
		pr->pr_nargv = 2;
		pr->pr_arg = dt_prov_profile_period(strchr(defaults[i], '-') + 1);
	}
	return 0;
}

/* Create profile-N / tick-N for a description naming one exactly. */
static int
dt_prov_profile_provide(dtrace_hdl_t *dtp, dt_provider_t *pv,
    const dt_pdesc_t *pd)
{
	const char *name = pd->pd_name;
	const char *num;

	if (strncmp(name, "profile-", 8) == 0)
		num = name + 8;
	else if (strncmp(name, "tick-", 5) == 0)
		num = name + 5;
	else
		return 0;
	if ((*pd->pd_mod != '\0' && fnmatch(pd->pd_mod, "", 0) != 0) ||
	    (*pd->pd_func != '\0' && fnmatch(pd->pd_func, "", 0) != 0))
		return 0;
	uint64_t period = dt_prov_profile_period(num);
	if (period == 0)
		return 0;
	for (uint32_t i = 1; i <= dtp->dt_nprobes; i++) {
		dt_probe_t *pr = dtp->dt_probes[i];
		if (pr->pr_prov == pv && strcmp(pr->pr_name, name) == 0)
			return 0;
	}
	dt_probe_t *pr = dt_probe_create(dtp, pv, "", "", name);
	pr->pr_nargv = 2;    /* arg0 kernel PC, arg1 user PC */
	pr->pr_arg = period;
	return 0;
}

static enum bpf_prog_type
dt_prov_profile_progtype(dt_probe_t *pr)
{
	return BPF_PROG_TYPE_PERF_EVENT;
}

static void
dt_prov_profile_trampoline(struct dt_cg *cg, dt_probe_t *pr)
{
	/* r1 = ctx; r2 = regs->ip; if (regs->cs & 3) arg1 = ip else arg0 = ip */
	dt_cg_tramp_emit(cg, DT_LDX(BPF_DW, R1, FP, DT_STK_CTX));
	dt_cg_tramp_emit(cg, DT_LDX(BPF_DW, R2, R1, DT_PT_REGS_IP));
	dt_cg_tramp_emit(cg, DT_LDX(BPF_DW, R3, R1, DT_PT_REGS_CS));
	dt_cg_tramp_emit(cg, DT_ALU64_IMM(BPF_AND, R3, 3));
	dt_cg_tramp_emit(cg, DT_JMP_IMM(BPF_JEQ, R3, 3, 2));
	dt_cg_tramp_emit(cg, DT_STX(BPF_DW, R9, R2, DT_MST_ARGV));
	dt_cg_tramp_emit(cg, DT_JA(1));
	dt_cg_tramp_emit(cg, DT_STX(BPF_DW, R9, R2, DT_MST_ARGV + 8));
}

static int
dt_prov_profile_attach(dtrace_hdl_t *dtp, dt_probe_t *pr)
{
	int tick = strncmp(pr->pr_name, "tick-", 5) == 0;
	int ncpus = tick ? 1 : dt_bpf_num_cpus();

	for (int cpu = 0; cpu < ncpus; cpu++)
		if (dt_bpf_perf_attach(dtp, pr, cpu, PERF_TYPE_SOFTWARE,
		    PERF_COUNT_SW_CPU_CLOCK, pr->pr_arg) != 0)
			return -1;
	return 0;
}

const dt_provops_t dt_prov_profile = {
	.po_name = "profile",
	.po_populate = dt_prov_profile_populate,
	.po_provide = dt_prov_profile_provide,
	.po_progtype = dt_prov_profile_progtype,
	.po_trampoline = dt_prov_profile_trampoline,
	.po_attach = dt_prov_profile_attach,
};
