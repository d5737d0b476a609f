/*
 * dt_prov_rawtp.c -- shared operations of the providers whose probes are
 * raw tracepoints with a filter (sched, proc); see dt_prov_rawtp.h.
 */
#include <string.h>
#include <linux/perf_event.h>
#include "dt_prov_rawtp.h"

int
dt_rawtp_populate(dtrace_hdl_t *dtp, dt_provider_t *pv,
    const dt_rawtp_probe_t *tab, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		dt_probe_t *pr = dt_probe_create(dtp, pv, "vmlinux",
		    tab[i].rp_func, tab[i].rp_name);
		pr->pr_arg = (uint64_t)(uintptr_t)&tab[i];
		pr->pr_nargv = tab[i].rp_nargv;
		pr->pr_nargs = tab[i].rp_nargv;
		pr->pr_curtask = tab[i].rp_curtask;
		pr->pr_flags |= DT_PRF_TASK;
		for (int a = 0; a < 4 && tab[i].rp_argtypes[a]; a++)
			pr->pr_argtypes[a] = tab[i].rp_argtypes[a];
		pr->pr_xargs = tab[i].rp_xargs;
		pr->pr_nxargs = tab[i].rp_nxargs;
	}
	return 0;
}

static const dt_rawtp_probe_t *
dt_rawtp_of(const dt_probe_t *pr)
{
	return (const dt_rawtp_probe_t *)(uintptr_t)pr->pr_arg;
}

enum bpf_prog_type
dt_rawtp_progtype(dt_probe_t *pr)
{
	return dt_rawtp_of(pr)->rp_tps[0][0] == '\0' ?
	    BPF_PROG_TYPE_PERF_EVENT : BPF_PROG_TYPE_RAW_TRACEPOINT;
}

void
dt_rawtp_filter(struct dt_cg *cg, dt_probe_t *pr)
{
	if (dt_rawtp_of(pr)->rp_filter != NULL)
		dt_rawtp_of(pr)->rp_filter(cg);
}

void
dt_rawtp_trampoline(struct dt_cg *cg, dt_probe_t *pr)
{
	if (dt_rawtp_of(pr)->rp_args != NULL)
		dt_rawtp_of(pr)->rp_args(cg);
}

int
dt_rawtp_attach(dtrace_hdl_t *dtp, dt_probe_t *pr)
{
	const dt_rawtp_probe_t *rp = dt_rawtp_of(pr);

	if (rp->rp_tps[0][0] == '\0') {
		/* the clock tick: 100 Hz on every CPU */
		for (int cpu = 0; cpu < dt_bpf_num_cpus(); cpu++)
			if (dt_bpf_perf_attach(dtp, pr, cpu, PERF_TYPE_SOFTWARE,
			    PERF_COUNT_SW_CPU_CLOCK, 10000000) != 0)
				return -1;
		return 0;
	}
	for (int i = 0; i < 3 && rp->rp_tps[i] != NULL; i++)
		if (dt_bpf_rawtp_attach(dtp, pr, rp->rp_tps[i]) != 0)
			return -1;
	return 0;
}

void
dt_rawtp_ctx(struct dt_cg *cg, int reg, int i)
{
	dt_cg_tramp_emit(cg, DT_LDX(BPF_DW, R1, FP, DT_STK_CTX));
	dt_cg_tramp_emit(cg, DT_LDX(BPF_DW, reg, R1, (int16_t)(8 * i)));
}

void
dt_rawtp_setarg(struct dt_cg *cg, int a, int reg)
{
	dt_cg_tramp_emit(cg, DT_STX(BPF_DW, R9, reg,
	    (int16_t)(DT_MST_ARGV + 8 * a)));
}

void
dt_rawtp_task_ids(struct dt_cg *cg, int i, int a)
{
	dtrace_hdl_t *dtp = dt_cg_dtp(cg);

	dt_rawtp_ctx(cg, R6, i);
	dt_cg_tramp_kload(cg, R6, (int32_t)dtp->dt_off_pid, 4);
	dt_rawtp_setarg(cg, a, R0);
	dt_cg_tramp_kload(cg, R6, (int32_t)dtp->dt_off_tgid, 4);
	dt_rawtp_setarg(cg, a + 1, R0);
}
