/*
 * dt_prov_rawtp.h -- stable probes (sched, proc ...) mapped onto raw
 * tracepoints.
 *
 * Each probe is described by a dt_rawtp_probe_t: the raw tracepoints its
 * program attaches to (one program, several attachments), code that
 * rejects the events that are not the probe's (sched:::sleep is a
 * sched_switch whose thread is not runnable), code that fills argv[] from
 * the tracepoint's arguments (the context words), and which context word,
 * if any, holds the thread the probe fires for (pr_curtask).
 */
#ifndef DT_PROV_RAWTP_H
#define DT_PROV_RAWTP_H

#include "../lib/dt_impl.h"
#include "../cg/dt_cg.h"
#include "../cg/dt_emit.h"

typedef struct dt_rawtp_probe {
	const char *rp_func;          /* probe function: where it is in Linux */
	const char *rp_name;
	const char *rp_tps[3];        /* raw tracepoints, NULL-terminated;
	                                 "" for a 100 Hz per-CPU timer */
	void (*rp_filter)(struct dt_cg *);
	void (*rp_args)(struct dt_cg *);
	int rp_nargv;
	int rp_curtask;               /* pr_curtask */
	const char *rp_argtypes[4];   /* for -lv */
	const dt_xarg_t *rp_xargs;    /* args[], as in DTrace */
	int rp_nxargs;
} dt_rawtp_probe_t;

int dt_rawtp_populate(dtrace_hdl_t *, dt_provider_t *,
    const dt_rawtp_probe_t *, size_t n);
enum bpf_prog_type dt_rawtp_progtype(dt_probe_t *);
void dt_rawtp_filter(struct dt_cg *, dt_probe_t *);
void dt_rawtp_trampoline(struct dt_cg *, dt_probe_t *);
int dt_rawtp_attach(dtrace_hdl_t *, dt_probe_t *);

/* code helpers for filters and argument code */
/* r0 = context word i (the tracepoint's argument i) */
void dt_rawtp_ctx(struct dt_cg *, int reg, int i);
/* argv[a] = r0 */
void dt_rawtp_setarg(struct dt_cg *, int a, int reg);
/* argv[a] = tid, argv[a + 1] = pid of the task in context word i */
void dt_rawtp_task_ids(struct dt_cg *, int i, int a);

#endif /* DT_PROV_RAWTP_H */
