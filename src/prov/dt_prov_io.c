/*
 * dt_prov_io.c -- the io provider on the block layer's tracepoints.
 *
 *   start       block_rq_issue: a request goes to the device driver
 *   done        block_rq_complete: the device has completed it
 *   wait-start  sched_switch of a thread that leaves the CPU to wait for
 *               I/O (io_schedule(): task_struct.in_iowait is set)
 *   wait-done   sched_switch back to such a thread, which runs as it
 *               (like sched:::on-cpu)
 *
 * For start and done, arg0 is the struct request, and args[] are DTrace's:
 * args[0] bufinfo_t *, args[1] devinfo_t *, args[2] fileinfo_t *, by the
 * translators of the D library (lib/dt_dlib.c) from the request.  A thread
 * waiting in io_schedule() does not say which request it waits for, so
 * wait-start and wait-done have no args[].
 */
#include "dt_prov_rawtp.h"
#include "../sema/dt_btf.h"

static const dt_xarg_t dt_io_xargs[] = {
	{ "bufinfo_t *", "struct request *", 0 },
	{ "devinfo_t *", "struct request *", 0 },
	{ "fileinfo_t *", "struct request *", 0 },
};

static void
dt_io_rq_arg(struct dt_cg *cg)
{
	dt_rawtp_ctx(cg, R0, 0);
	dt_rawtp_setarg(cg, 0, R0);
}

/* leave unless the task in context word w is waiting for I/O */
static void
dt_io_iowait(struct dt_cg *cg, int w)
{
	dtrace_hdl_t *dtp = dt_cg_dtp(cg);
	dt_type_t *task = dt_btf_lookup(dtp, "struct task_struct");
	uint32_t bit;
	dt_member_t *m = task ? dt_btf_member(dtp, task, "in_iowait", &bit) :
	    NULL;

	if (m == NULL || m->dm_bits != 1) {
		/* no such flag: no event is a wait */
		dt_cg_tramp_exit_if(cg, DT_JA(0));
		return;
	}
	int lwait = dt_cg_tramp_label(cg);
	dt_rawtp_ctx(cg, R6, w);
	dt_cg_tramp_kload(cg, R6, (int32_t)(bit / 8), 1);
	dt_cg_tramp_jmp(cg, DT_JMP_IMM(BPF_JSET, R0, 1 << (bit % 8), 0), lwait);
	dt_cg_tramp_exit_if(cg, DT_JA(0));
	dt_cg_tramp_place(cg, lwait);
}

static void
dt_io_waitstart(struct dt_cg *cg)
{
	dt_io_iowait(cg, 1);     /* sched_switch's prev */
}

static void
dt_io_waitdone(struct dt_cg *cg)
{
	dt_io_iowait(cg, 2);     /* sched_switch's next */
}

static const dt_rawtp_probe_t dt_io_probes[] = {
	{ "block_rq_issue", "start", { "block_rq_issue" }, NULL, dt_io_rq_arg,
	    1, 0, { "struct request *" }, dt_io_xargs, 3 },
	{ "block_rq_complete", "done", { "block_rq_complete" }, NULL,
	    dt_io_rq_arg, 1, 0, { "struct request *" }, dt_io_xargs, 3 },
	{ "io_schedule", "wait-start", { "sched_switch" }, dt_io_waitstart,
	    NULL, 0, 0 },
	{ "io_schedule", "wait-done", { "sched_switch" }, dt_io_waitdone,
	    NULL, 0, 3 },
};

static int
dt_prov_io_populate(dtrace_hdl_t *dtp, dt_provider_t *pv)
{
	return dt_rawtp_populate(dtp, pv, dt_io_probes,
	    sizeof(dt_io_probes) / sizeof(dt_io_probes[0]));
}

const dt_provops_t dt_prov_io = {
	.po_name = "io",
	.po_populate = dt_prov_io_populate,
	.po_progtype = dt_rawtp_progtype,
	.po_filter = dt_rawtp_filter,
	.po_trampoline = dt_rawtp_trampoline,
	.po_attach = dt_rawtp_attach,
};
