/*
 * dt_prov_fbt.c -- the fbt provider (function boundary tracing).
 *
 * fbt::FUNC:entry and return need either BPF trampolines (fentry/fexit) or
 * kprobes.  Whether the kernel has them is found out the first time a
 * description names the provider: by loading a one-instruction fentry
 * program on vfs_read, and by looking for the kprobe PMU.  When it has
 * neither, the description fails with one line saying so; that is all this
 * provider does today (attaching through fentry is not written yet, as no
 * machine we test on could run it).
 */
#include <string.h>
#include <unistd.h>
#include "../lib/dt_impl.h"

static int
dt_prov_fbt_provide(dtrace_hdl_t *dtp, dt_provider_t *pv,
    const dt_pdesc_t *pd)
{
	/* only a description that names this provider (not ":::entry") */
	if (strcmp(pd->pd_prov, "fbt") != 0)
		return 0;
	int fentry = dt_bpf_has_fentry(dtp);
	int kprobes = access("/sys/bus/event_source/devices/kprobe", F_OK) == 0;
	if (!fentry && !kprobes)
		return dt_set_errmsg(dtp, "fbt provider is not available: this "
		    "kernel has neither fentry/fexit (BPF trampolines) nor "
		    "kprobes");
	return dt_set_errmsg(dtp, "fbt provider is not available: this kernel "
	    "has %s, but dtrace cannot attach fbt probes through it yet",
	    fentry ? "fentry/fexit" : "kprobes");
}

const dt_provops_t dt_prov_fbt = {
	.po_name = "fbt",
	.po_provide = dt_prov_fbt_provide,
};
