/*
 * dt_prov_dtrace.c -- the dtrace provider: BEGIN, END and ERROR.
 *
 * BEGIN and END are not kernel events: their programs are raw-tracepoint
 * programs that dtrace runs itself with BPF_PROG_TEST_RUN, in its own
 * context (so pid and execname are dtrace's, as in DTrace), before any
 * other probe is attached and after all are detached.  ERROR has no program
 * of its own: its clauses are compiled into every program's fault handler
 * (cg/dt_cg.c).
 */
#include "../lib/dt_impl.h"

static int
dt_prov_dtrace_populate(dtrace_hdl_t *dtp, dt_provider_t *pv)
{
	dt_probe_create(dtp, pv, "", "", "BEGIN");
	dt_probe_create(dtp, pv, "", "", "END");
	/* ERROR: arg1 EPID .. arg5 address, set by the fault handler */
	dt_probe_create(dtp, pv, "", "", "ERROR")->pr_nargv = 6;
	return 0;
}

static enum bpf_prog_type
dt_prov_dtrace_progtype(dt_probe_t *pr)
{
	return BPF_PROG_TYPE_RAW_TRACEPOINT;
}

static int
dt_prov_dtrace_attach(dtrace_hdl_t *dtp, dt_probe_t *pr)
{
	return 0;     /* run on demand by dt_go() and dt_stop() */
}

const dt_provops_t dt_prov_dtrace = {
	.po_name = "dtrace",
	.po_populate = dt_prov_dtrace_populate,
	.po_progtype = dt_prov_dtrace_progtype,
	.po_attach = dt_prov_dtrace_attach,
};
