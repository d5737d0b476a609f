/*
 * dt_work.c -- running a compiled program: generate and load (dt_enable),
 * start (dt_go), consume (dt_work) and stop (dt_stop).
 *
 * Order of events, as in DTrace:
 *   1. every enabled probe's program is generated, then the maps are
 *      created (their sizes depend on the code), then programs load;
 *   2. BEGIN runs (in dtrace's own context) and its output is consumed
 *      before any other probe is attached; if BEGIN called exit(), no
 *      other probe is ever attached;
 *   3. the other probes are attached and the ring buffer is polled every
 *      switchrate until exit() is seen or the caller stops;
 *   4. dt_stop detaches every probe, then runs END, then drains.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "dt_impl.h"
#include "dtrace.h"
#include "../cg/dt_cg.h"
#include <bpf/bpf.h>

int
dt_enable(dtrace_hdl_t *dtp)
{
	for (uint32_t i = 1; i <= dtp->dt_nprobes && !dtp->dt_need_task; i++)
		if (dtp->dt_probes[i]->pr_enabled &&
		    (dtp->dt_probes[i]->pr_flags & DT_PRF_TASK))
			dtp->dt_need_task = 1;
	if (dtp->dt_need_task && dt_bpf_task_offsets(dtp) != 0)
		return -1;
	dt_sema_agg_layout(dtp);
	if (dt_cg_layout(dtp) != 0)
		return -1;
	/*
	 * Programs: one per enabled probe, except that the enabled probes of
	 * an attachment group (same provider, same pr_gkey) share one, owned
	 * by the first of them, the leader.
	 */
	for (uint32_t i = 1; i <= dtp->dt_nprobes; i++) {
		dt_probe_t *pr = dtp->dt_probes[i];
		if (!pr->pr_enabled || pr->pr_id == DT_PROBE_ERROR ||
		    pr->pr_leader != NULL)
			continue;
		pr->pr_leader = pr;
		pr->pr_nmembers = 1;
		for (uint32_t j = i + 1; pr->pr_gkey != 0 &&
		    j <= dtp->dt_nprobes; j++) {
			dt_probe_t *m = dtp->dt_probes[j];
			if (m->pr_enabled && m->pr_prov == pr->pr_prov &&
			    m->pr_gkey == pr->pr_gkey)
				pr->pr_nmembers++;
		}
		pr->pr_members = calloc((size_t)pr->pr_nmembers,
		    sizeof(dt_probe_t *));
		pr->pr_members[0] = pr;
		for (uint32_t j = i + 1, k = 1; k < (uint32_t)pr->pr_nmembers;
		    j++) {
			dt_probe_t *m = dtp->dt_probes[j];
			if (m->pr_enabled && m->pr_prov == pr->pr_prov &&
			    m->pr_gkey == pr->pr_gkey) {
				m->pr_leader = pr;
				pr->pr_members[k++] = m;
			}
		}
		if (dt_cg_probe(dtp, pr) != 0)
			return -1;
	}
	return 0;
}

int
dt_load(dtrace_hdl_t *dtp)
{
	if (dt_bpf_check_privileges(dtp) != 0)
		return -1;
	/* as DTrace, which refuses to start tracing (not to compile) */
	if (dtp->dt_destructive && !dtp->dt_opts.do_destructive)
		return dt_set_errmsg(dtp, "Destructive actions not allowed");
	if (dtp->dt_write_user && !dt_bpf_has_write_user())
		return dt_set_errmsg(dtp, "copyout( ) and copyoutstr( ) are "
		    "not available: this kernel does not let BPF programs "
		    "write user memory (lockdown, or no CAP_SYS_ADMIN)");
	dt_opt_clamp(dtp);
	if (dt_bpf_create_maps(dtp) != 0)
		return -1;
	for (uint32_t i = 1; i <= dtp->dt_nprobes; i++) {
		dt_probe_t *pr = dtp->dt_probes[i];
		if (pr->pr_insns == NULL)
			continue;
		if (dt_bpf_load_probe(dtp, pr) != 0)
			return -1;
	}
	if (dt_consume_open(dtp) != 0)
		return -1;
	dtp->dt_loaded = 1;
	return 0;
}

/*
 * bufpolicy=fill, as in DTrace: the buffer is not read while tracing; a
 * record that does not fit marks its CPU's buffer full (the programs skip
 * their records from then on, dt_cg.c), and tracing stops as soon as the
 * consumer sees a full buffer or an exit(): dt_stop() then prints it all,
 * and END.  A full buffer is not an error and drops nothing DTrace would
 * report.
 */
static int
dt_work_fill(const dtrace_hdl_t *dtp)
{
	return dtp->dt_opts.do_bufpolicy == DT_BUFPOLICY_FILL;
}

static int
dt_work_filled(dtrace_hdl_t *dtp)
{
	uint32_t key = 0;
	uint64_t *row = calloc(1, dtp->dt_mstsize > dt_cg_globals_size(dtp) ?
	    dtp->dt_mstsize : dt_cg_globals_size(dtp));
	int done = 0;

	if (row == NULL)
		return 0;
	if (bpf_map_lookup_elem(dtp->dt_fd_globals, &key, row) == 0 &&
	    row[DT_GLOB_ACTIVITY / 8] != 0)
		done = 1;
	for (int cpu = 0; !done && cpu < dtp->dt_ncpus; cpu++) {
		key = (uint32_t)cpu;
		if (bpf_map_lookup_elem(dtp->dt_fd_mstate, &key, row) == 0 &&
		    row[DT_MST_NDROPS / 8] != 0)
			done = 1;
	}
	free(row);
	return done;
}

int
dt_go(dtrace_hdl_t *dtp)
{
	dt_probe_t *begin = dt_probe_by_id(dtp, DT_PROBE_BEGIN);

	if (begin->pr_progfd >= 0) {
		if (dt_bpf_run_prog(dtp, begin->pr_progfd) != 0)
			return -1;
		if (dt_work_fill(dtp)) {
			if (dt_work_filled(dtp))
				return 0;
		} else if (dt_consume(dtp) != 0)
			return -1;
		if (dtp->dt_exiting)
			return 0;
	}
	for (uint32_t i = 1; i <= dtp->dt_nprobes; i++) {
		dt_probe_t *pr = dtp->dt_probes[i];
		if (pr->pr_progfd < 0 || pr->pr_id <= DT_PROBE_ERROR)
			continue;
		if (pr->pr_prov->pv_ops->po_attach(dtp, pr) != 0) {
			dt_bpf_detach_all(dtp);
			return -1;
		}
	}
	dtp->dt_attached = 1;
	return 0;
}

/* One pass: sleep up to the switch rate, then consume.  1 when done. */
int
dt_work(dtrace_hdl_t *dtp)
{
	struct timespec ts = {
		.tv_sec = (time_t)(dtp->dt_opts.do_switchrate / 1000000000ULL),
		.tv_nsec = (long)(dtp->dt_opts.do_switchrate % 1000000000ULL),
	};

	if (dtp->dt_exiting)
		return 1;
	nanosleep(&ts, NULL);     /* a signal cuts it short: that's fine */
	if (dt_work_fill(dtp))
		return dt_work_filled(dtp);
	if (dt_consume(dtp) != 0)
		return -1;
	dtp->dt_work_passes++;
	if ((uint64_t)dtp->dt_work_passes * dtp->dt_opts.do_switchrate >=
	    dtp->dt_opts.do_statusrate) {
		dtp->dt_work_passes = 0;
		dt_consume_drops(dtp);
	}
	return dtp->dt_exiting ? 1 : 0;
}

int
dt_stop(dtrace_hdl_t *dtp)
{
	dt_probe_t *end = dt_probe_by_id(dtp, DT_PROBE_END);

	dt_bpf_detach_all(dtp);
	dtp->dt_attached = 0;
	if (dt_consume(dtp) != 0)
		return -1;
	if (end->pr_progfd >= 0) {
		if (dt_bpf_run_prog(dtp, end->pr_progfd) != 0)
			return -1;
		if (dt_consume(dtp) != 0)
			return -1;
	}
	dt_consume_drops(dtp);
	return 0;
}
