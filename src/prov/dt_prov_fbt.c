/*
 * dt_prov_fbt.c -- the fbt provider (function boundary tracing):
 * fbt:vmlinux:FUNC:entry and fbt:vmlinux:FUNC:return for the kernel's
 * functions.
 *
 * Probes come from the kernel's BTF: every function it describes whose
 * parameters are words (at most six, none a struct passed by value, not
 * variadic), created when a description matches them, so that naming one
 * function does not create 120,000 probes.  A name the BTF gives to
 * several static functions is one probe, on the first.  Module functions
 * are not provided (their BTF is in /sys/kernel/btf/MODULE).
 *
 * Arguments, as in DTrace: at entry arg0..argN-1 are the parameters and
 * args[] has their BTF types (args[0] of vfs_read is a struct file *); at
 * return arg1 and args[1] are the return value, of the function's return
 * type, and arg0 is 0 (DTrace's offset of the return instruction, which
 * neither fexit nor kretprobes report).
 *
 * Two ways to attach, chosen by -x fbtmode=auto|fentry|kprobe:
 * - fentry/fexit: a BPF_PROG_TYPE_TRACING program on the function's BTF
 *   id; its context is the parameters as words, the return value after
 *   them for fexit.  Cheapest per call.
 * - kprobes: a BPF_PROG_TYPE_KPROBE program on a kprobe-PMU perf event
 *   (no kprobe_events file to clean up); its context is the pt_regs at the
 *   probe, parameters in the x86-64 argument registers, return value in
 *   ax.
 * auto takes fentry where the kernel loads a fentry program, else kprobes
 * where it has the kprobe PMU; with neither, a description naming fbt
 * fails with one line saying so.  Forcing a mode the kernel lacks fails
 * when the probe is loaded or attached, with the kernel's reason.
 */
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <bpf/bpf.h>
#include "../lib/dt_impl.h"
#include "../cg/dt_cg.h"
#include "../cg/dt_emit.h"
#include "../sema/dt_btf.h"

#define DT_FBT_MAXARGS 6

typedef struct dt_fbt {
	int fb_mode;              /* DT_FBT_FENTRY, DT_FBT_KPROBE, or 0 */
	uint32_t fb_nbits;        /* BTF string section size */
	uint8_t *fb_done[2];      /* [entry, return]: a bit per name offset,
	                             set once the probe exists */
} dt_fbt_t;

typedef struct dt_fbt_ctx {
	dt_provider_t *fc_pv;
	dt_fbt_t *fc_fb;
	const dt_pdesc_t *fc_pd;
	int fc_want[2];           /* entry, return match the name */
} dt_fbt_ctx_t;

/* The provider's state, its attach mode found out on first use. */
static dt_fbt_t *
dt_fbt_state(dtrace_hdl_t *dtp, dt_provider_t *pv)
{
	dt_fbt_t *fb = pv->pv_data;

	if (fb != NULL)
		return fb;
	pv->pv_data = fb = calloc(1, sizeof(*fb));
	switch (dtp->dt_opts.do_fbtmode) {
	case DT_FBT_FENTRY:
	case DT_FBT_KPROBE:
		fb->fb_mode = dtp->dt_opts.do_fbtmode;
		break;
	default:
		fb->fb_mode = dt_bpf_has_fentry(dtp) ? DT_FBT_FENTRY :
		    dt_bpf_has_kprobes() ? DT_FBT_KPROBE : 0;
	}
	return fb;
}

static int
dt_fbt_mode(const dt_probe_t *pr)
{
	return ((const dt_fbt_t *)pr->pr_prov->pv_data)->fb_mode;
}

static int
dt_fbt_isreturn(const dt_probe_t *pr)
{
	return pr->pr_name[0] == 'r';
}

static int
dt_fbt_func(dtrace_hdl_t *dtp, uint32_t id, uint32_t name_off,
    const char *name, void *arg)
{
	dt_fbt_ctx_t *fc = arg;
	const char *pf = fc->fc_pd->pd_func;
	static const char *const names[2] = { "entry", "return" };
	int n = -2;

	if (*pf != '\0' && fnmatch(pf, name, 0) != 0)
		return 0;
	for (int r = 0; r < 2; r++) {
		uint8_t *done = fc->fc_fb->fb_done[r];
		if (!fc->fc_want[r] || (done[name_off / 8] & (1 << name_off % 8)))
			continue;
		done[name_off / 8] |= (uint8_t)(1 << name_off % 8);
		if (n == -2)
			n = dt_btf_func_args(dtp, id, NULL, DT_FBT_MAXARGS,
			    NULL);
		if (n < 0)
			continue;
		dt_probe_t *pr = dt_probe_create(dtp, fc->fc_pv, "vmlinux",
		    name, names[r]);
		pr->pr_arg = id;
		pr->pr_nargv = r ? 2 : n;
	}
	return 0;
}

static int
dt_prov_fbt_provide(dtrace_hdl_t *dtp, dt_provider_t *pv,
    const dt_pdesc_t *pd)
{
	const char *pn = pd->pd_name, *pm = pd->pd_mod;
	dt_fbt_ctx_t fc = { .fc_pv = pv, .fc_pd = pd };

	fc.fc_want[0] = *pn == '\0' || fnmatch(pn, "entry", 0) == 0;
	fc.fc_want[1] = *pn == '\0' || fnmatch(pn, "return", 0) == 0;
	if ((!fc.fc_want[0] && !fc.fc_want[1]) ||
	    (*pm != '\0' && fnmatch(pm, "vmlinux", 0) != 0))
		return 0;
	dt_fbt_t *fb = fc.fc_fb = dt_fbt_state(dtp, pv);
	const char *why = NULL;
	if (fb->fb_mode == 0)
		why = "this kernel has neither fentry/fexit (BPF trampolines) "
		    "nor kprobes";
	else if (fb->fb_done[0] == NULL &&
	    (fb->fb_nbits = dt_btf_strsize(dtp)) == 0)
		why = "the kernel has no BTF (/sys/kernel/btf/vmlinux) to list "
		    "its functions";
	if (why != NULL)
		/* only a description that names this provider (not
		 * ":::entry") hears that it is missing */
		return strcmp(pd->pd_prov, "fbt") != 0 ? 0 :
		    dt_set_errmsg(dtp, "fbt provider is not available: %s", why);
	if (fb->fb_done[0] == NULL) {
		fb->fb_done[0] = calloc(2, fb->fb_nbits / 8 + 1);
		fb->fb_done[1] = fb->fb_done[0] + fb->fb_nbits / 8 + 1;
	}
	dt_btf_func_iter(dtp, dt_fbt_func, &fc);
	return 0;
}

/* args[] types: the parameters at entry; the return value at return */
static void
dt_prov_fbt_argtypes(dtrace_hdl_t *dtp, dt_probe_t *pr)
{
	dt_type_t *args[DT_FBT_MAXARGS], *ret;

	if (pr->pr_flags & DT_PRF_OWNTYPES)
		return;
	pr->pr_flags |= DT_PRF_OWNTYPES;
	int n = dt_btf_func_args(dtp, (uint32_t)pr->pr_arg, args,
	    DT_FBT_MAXARGS, &ret);
	if (n < 0)
		return;
	if (!dt_fbt_isreturn(pr)) {
		for (int i = 0; i < n; i++)
			pr->pr_argtypes[i] = strdup(dt_type_name(args[i]));
		pr->pr_nargs = n;
	} else if (!dt_type_is_void(ret)) {
		pr->pr_argtypes[0] = strdup("int");
		pr->pr_argtypes[1] = strdup(dt_type_name(ret));
		pr->pr_nargs = 2;
	}
}

static enum bpf_prog_type
dt_prov_fbt_progtype(dt_probe_t *pr)
{
	return dt_fbt_mode(pr) == DT_FBT_FENTRY ? BPF_PROG_TYPE_TRACING :
	    BPF_PROG_TYPE_KPROBE;
}

static void
dt_prov_fbt_loadopts(dt_probe_t *pr, struct bpf_prog_load_opts *o)
{
	if (dt_fbt_mode(pr) != DT_FBT_FENTRY)
		return;
	o->expected_attach_type = dt_fbt_isreturn(pr) ? BPF_TRACE_FEXIT :
	    BPF_TRACE_FENTRY;
	o->attach_btf_id = (uint32_t)pr->pr_arg;
}

/* pt_regs offsets (x86-64) of the argument registers and of ax */
static const int16_t dt_fbt_argreg[DT_FBT_MAXARGS] = {
	112, 104, 96, 88, 72, 64    /* di si dx cx r8 r9 */
};
#define DT_FBT_REG_AX 80

static void
dt_prov_fbt_trampoline(struct dt_cg *cg, dt_probe_t *pr)
{
	int fentry = dt_fbt_mode(pr) == DT_FBT_FENTRY;
	int16_t at;

	dt_cg_tramp_emit(cg, DT_LDX(BPF_DW, R1, FP, DT_STK_CTX));
	if (dt_fbt_isreturn(pr)) {
		/* fexit's context: the parameters, then the return value */
		int n = dt_btf_func_args(dt_cg_dtp(cg), (uint32_t)pr->pr_arg,
		    NULL, DT_FBT_MAXARGS, NULL);
		at = fentry ? (int16_t)(8 * (n < 0 ? 0 : n)) : DT_FBT_REG_AX;
		dt_cg_tramp_emit(cg, DT_ST(BPF_DW, R9, DT_MST_ARGV, 0));
		dt_cg_tramp_emit(cg, DT_LDX(BPF_DW, R2, R1, at));
		dt_cg_tramp_emit(cg, DT_STX(BPF_DW, R9, R2, DT_MST_ARGV + 8));
		return;
	}
	for (int i = 0; i < pr->pr_nargv; i++) {
		at = fentry ? (int16_t)(8 * i) : dt_fbt_argreg[i];
		dt_cg_tramp_emit(cg, DT_LDX(BPF_DW, R2, R1, at));
		dt_cg_tramp_emit(cg, DT_STX(BPF_DW, R9, R2,
		    (int16_t)(DT_MST_ARGV + 8 * i)));
	}
}

static int
dt_prov_fbt_attach(dtrace_hdl_t *dtp, dt_probe_t *pr)
{
	if (dt_fbt_mode(pr) == DT_FBT_FENTRY)
		return dt_bpf_tracing_attach(dtp, pr);
	return dt_bpf_kprobe_attach(dtp, pr, pr->pr_func,
	    dt_fbt_isreturn(pr));
}

const dt_provops_t dt_prov_fbt = {
	.po_name = "fbt",
	.po_provide = dt_prov_fbt_provide,
	.po_progtype = dt_prov_fbt_progtype,
	.po_loadopts = dt_prov_fbt_loadopts,
	.po_trampoline = dt_prov_fbt_trampoline,
	.po_argtypes = dt_prov_fbt_argtypes,
	.po_attach = dt_prov_fbt_attach,
};
