/*
 * dt_prov_sched.c -- the sched provider on the scheduler's tracepoints.
 *
 *   on-cpu    sched_switch, for the thread switched to: pid, tid, execname,
 *             curthread, uid, gid and self-> are the incoming thread's, as
 *             in DTrace (the switch is not done yet when Linux reports it)
 *   off-cpu   sched_switch, for the thread switched from; arg0, arg1: the
 *             tid and pid of the thread switched to
 *   sleep     sched_switch of a thread that blocks (not preempted, not
 *             runnable)
 *   dequeue   the same event: a blocking thread leaves the run queue;
 *             arg0, arg1: its tid and pid
 *   preempt   sched_switch of a thread that stays runnable (preempted or
 *             yielding)
 *   enqueue   sched_wakeup and sched_wakeup_new: a thread is put on a run
 *             queue; arg0, arg1: its tid and pid
 *   wakeup    sched_waking, in the waker's context; arg0, arg1: the tid and
 *             pid of the thread woken
 *   tick      the clock tick: 100 Hz on every CPU, for the running thread
 *
 * sched_switch's arguments: (bool preempt, struct task_struct *prev,
 * struct task_struct *next, unsigned int prev_state).
 */
#include "dt_prov_rawtp.h"

/* sched_switch of a thread that blocks: !preempt && prev_state != 0 */
static void
dt_sched_blocks(struct dt_cg *cg)
{
	dt_rawtp_ctx(cg, R0, 0);
	dt_cg_tramp_exit_if(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0));
	dt_rawtp_ctx(cg, R0, 3);
	dt_cg_tramp_exit_if(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0));
}

/* sched_switch of a thread that stays runnable */
static void
dt_sched_preempted(struct dt_cg *cg)
{
	int lyes = dt_cg_tramp_label(cg);
	dt_rawtp_ctx(cg, R0, 0);
	dt_cg_tramp_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0), lyes);
	dt_rawtp_ctx(cg, R0, 3);
	dt_cg_tramp_exit_if(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0));
	dt_cg_tramp_place(cg, lyes);
}

static void
dt_sched_next_ids(struct dt_cg *cg)
{
	dt_rawtp_task_ids(cg, 2, 0);
}

static void
dt_sched_prev_ids(struct dt_cg *cg)
{
	dt_rawtp_task_ids(cg, 1, 0);
}

static void
dt_sched_task0_ids(struct dt_cg *cg)
{
	dt_rawtp_task_ids(cg, 0, 0);
}

/* args[]: the thread (and its process) switched to, switched from, or
 * woken: sched_switch(preempt, prev, next, state), sched_wakeup(p) */
static const dt_xarg_t dt_sched_xnext[] = {
	{ "lwpsinfo_t *", "struct task_struct *", 2 },
	{ "psinfo_t *", "struct task_struct *", 2 },
};
static const dt_xarg_t dt_sched_xprev[] = {
	{ "lwpsinfo_t *", "struct task_struct *", 1 },
	{ "psinfo_t *", "struct task_struct *", 1 },
};
static const dt_xarg_t dt_sched_xtask0[] = {
	{ "lwpsinfo_t *", "struct task_struct *", 0 },
	{ "psinfo_t *", "struct task_struct *", 0 },
};

static const dt_rawtp_probe_t dt_sched_probes[] = {
	{ "sched_switch", "on-cpu", { "sched_switch" }, NULL, NULL, 0, 3 },
	{ "sched_switch", "off-cpu", { "sched_switch" }, NULL,
	    dt_sched_next_ids, 2, 0, { "pid_t", "pid_t" }, dt_sched_xnext, 2 },
	{ "sched_switch", "sleep", { "sched_switch" }, dt_sched_blocks, NULL,
	    0, 0 },
	{ "sched_switch", "dequeue", { "sched_switch" }, dt_sched_blocks,
	    dt_sched_prev_ids, 2, 0, { "pid_t", "pid_t" }, dt_sched_xprev, 2 },
	{ "sched_switch", "preempt", { "sched_switch" }, dt_sched_preempted,
	    NULL, 0, 0 },
	{ "sched_wakeup", "enqueue", { "sched_wakeup", "sched_wakeup_new" },
	    NULL, dt_sched_task0_ids, 2, 0, { "pid_t", "pid_t" },
	    dt_sched_xtask0, 2 },
	{ "sched_waking", "wakeup", { "sched_waking" }, NULL,
	    dt_sched_task0_ids, 2, 0, { "pid_t", "pid_t" }, dt_sched_xtask0,
	    2 },
	{ "", "tick", { "" }, NULL, NULL, 0, 0 },
};

static int
dt_prov_sched_populate(dtrace_hdl_t *dtp, dt_provider_t *pv)
{
	return dt_rawtp_populate(dtp, pv, dt_sched_probes,
	    sizeof(dt_sched_probes) / sizeof(dt_sched_probes[0]));
}

const dt_provops_t dt_prov_sched = {
	.po_name = "sched",
	.po_populate = dt_prov_sched_populate,
	.po_progtype = dt_rawtp_progtype,
	.po_filter = dt_rawtp_filter,
	.po_trampoline = dt_rawtp_trampoline,
	.po_attach = dt_rawtp_attach,
};
