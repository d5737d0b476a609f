/*
 * dt_prov.c -- the provider table, probe descriptions and probe matching.
 *
 * Providers are plug-ins: each is a dt_provops_t in its own file, listed
 * once in dt_prov_table below.  A provider registers the probes it always
 * has (po_populate, for -l and matching) and may create more on demand for
 * a description it understands (po_provide: profile-1234, tick-5s ...).
 *
 * Probe IDs are small integers assigned in registration order; the dtrace
 * provider registers first, so BEGIN, END and ERROR are 1, 2 and 3 as in
 * DTrace.
 */
#include <stdlib.h>
#include <string.h>
#include <fnmatch.h>
#include <unistd.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include "../lib/dt_impl.h"

static const dt_provops_t *const dt_prov_table[] = {
	&dt_prov_dtrace,
	&dt_prov_profile,
	&dt_prov_syscall,
	&dt_prov_proc,
	&dt_prov_sched,
	&dt_prov_io,
	&dt_prov_fbt,
	&dt_prov_tracepoint,
};

int
dt_prov_init(dtrace_hdl_t *dtp)
{
	dt_provider_t **tail = &dtp->dt_provs;

	for (size_t i = 0; i < sizeof(dt_prov_table) / sizeof(dt_prov_table[0]);
	    i++) {
		dt_provider_t *pv = calloc(1, sizeof(*pv));
		pv->pv_ops = dt_prov_table[i];
		pv->pv_name = strdup(pv->pv_ops->po_name);
		*tail = pv;
		tail = &pv->pv_next;
		if (pv->pv_ops->po_populate != NULL &&
		    pv->pv_ops->po_populate(dtp, pv) != 0)
			return -1;
	}
	return 0;
}

dt_probe_t *
dt_probe_create(dtrace_hdl_t *dtp, dt_provider_t *pv, const char *mod,
    const char *func, const char *name)
{
	/* probes live as long as the handle: from an arena, as a kernel
	 * with fbt has over 100,000 of them */
	dt_probe_t *pr = dt_arena_alloc(dtp->dt_prarena, sizeof(*pr));

	if (dtp->dt_nprobes + 1 >= dtp->dt_probecap) {
		dtp->dt_probecap = dtp->dt_probecap ? dtp->dt_probecap * 2 : 64;
		dtp->dt_probes = realloc(dtp->dt_probes, dtp->dt_probecap *
		    sizeof(dt_probe_t *));
	}
	pr->pr_id = ++dtp->dt_nprobes;
	pr->pr_prov = pv;
	pr->pr_mod = dt_arena_strdup(dtp->dt_prarena, mod);
	pr->pr_func = dt_arena_strdup(dtp->dt_prarena, func);
	pr->pr_name = dt_arena_strdup(dtp->dt_prarena, name);
	pr->pr_progfd = -1;
	dtp->dt_probes[pr->pr_id] = pr;
	return pr;
}

dt_probe_t *
dt_probe_by_id(dtrace_hdl_t *dtp, uint32_t id)
{
	return id >= 1 && id <= dtp->dt_nprobes ? dtp->dt_probes[id] : NULL;
}

/* Expand $target, $pid, $1 ... inside one probe description field. */
static char *
dt_pdesc_expand(dtrace_hdl_t *dtp, const char *s, char *err, size_t errlen)
{
	char out[1024];
	size_t o = 0;

	while (*s != '\0' && o < sizeof(out) - 32) {
		if (*s != '$') {
			out[o++] = *s++;
			continue;
		}
		const char *v = s + 1;
		size_t n = 0;
		while (v[n] == '_' || (v[n] >= 'a' && v[n] <= 'z') ||
		    (v[n] >= '0' && v[n] <= '9'))
			n++;
		char name[64];
		snprintf(name, sizeof(name), "%.*s", (int)n, v);
		if (strcmp(name, "target") == 0)
			o += snprintf(out + o, sizeof(out) - o, "%d",
			    dtp->dt_target);
		else if (strcmp(name, "pid") == 0)
			o += snprintf(out + o, sizeof(out) - o, "%d", getpid());
		else if (n > 0 && name[0] >= '0' && name[0] <= '9' &&
		    atoi(name) < dtp->dt_argc)
			o += snprintf(out + o, sizeof(out) - o, "%s",
			    dtp->dt_argv[atoi(name)]);
		else {
			snprintf(err, errlen, "macro argument $%s is not "
			    "defined", name);
			return NULL;
		}
		s = v + n;
	}
	out[o] = '\0';
	return strdup(out);
}

int
dt_pdesc_parse(dtrace_hdl_t *dtp, const char *text, dt_pdesc_t *pd,
    char *err, size_t errlen)
{
	char *f[4] = { NULL, NULL, NULL, NULL };
	const char *parts[5];
	size_t lens[5];
	int n = 0;
	const char *p = text, *start = text;

	memset(pd, 0, sizeof(*pd));
	for (;; p++) {
		if (*p == ':' || *p == '\0') {
			if (n == 4) {
				snprintf(err, errlen, "invalid probe description "
				    "\"%s\": Overspecified probe description",
				    text);
				return -1;
			}
			parts[n] = start;
			lens[n++] = (size_t)(p - start);
			start = p + 1;
			if (*p == '\0')
				break;
		}
	}
	/* fewer than four fields are right-aligned: "BEGIN" is a name; but
	 * tracepoint:SUBSYSTEM:EVENT names the tracepoint provider's probe */
	int shift = 4 - n;
	if (n == 3 && lens[0] == 10 && strncmp(parts[0], "tracepoint", 10) == 0)
		shift = 0;
	for (int i = 0; i < n; i++) {
		char tmp[1024];
		snprintf(tmp, sizeof(tmp), "%.*s", (int)lens[i], parts[i]);
		char *e = dt_pdesc_expand(dtp, tmp, err, errlen);
		if (e == NULL) {
			for (int j = 0; j < 4; j++)
				free(f[j]);
			return -1;
		}
		f[shift + i] = e;
	}
	for (int i = 0; i < 4; i++)
		if (f[i] == NULL)
			f[i] = strdup("");
	pd->pd_prov = f[0];
	pd->pd_mod = f[1];
	pd->pd_func = f[2];
	pd->pd_name = f[3];
	return 0;
}

void
dt_pdesc_free(dt_pdesc_t *pd)
{
	free(pd->pd_prov);
	free(pd->pd_mod);
	free(pd->pd_func);
	free(pd->pd_name);
}

/* An empty pattern matches anything; otherwise shell-style globbing. */
static int
dt_gmatch(const char *s, const char *pat)
{
	return *pat == '\0' || fnmatch(pat, s, 0) == 0;
}

int
dt_probe_iter(dtrace_hdl_t *dtp, const dt_pdesc_t *pd,
    int (*f)(dtrace_hdl_t *, dt_probe_t *, void *), void *arg)
{
	int n = 0;

	for (dt_provider_t *pv = dtp->dt_provs; pv; pv = pv->pv_next) {
		if (!dt_gmatch(pv->pv_name, pd->pd_prov))
			continue;
		if (pv->pv_ops->po_provide != NULL &&
		    pv->pv_ops->po_provide(dtp, pv, pd) != 0)
			return -1;
	}
	for (uint32_t i = 1; i <= dtp->dt_nprobes; i++) {
		dt_probe_t *pr = dtp->dt_probes[i];
		if (!dt_gmatch(pr->pr_prov->pv_name, pd->pd_prov) ||
		    !dt_gmatch(pr->pr_mod, pd->pd_mod) ||
		    !dt_gmatch(pr->pr_func, pd->pd_func) ||
		    !dt_gmatch(pr->pr_name, pd->pd_name))
			continue;
		n++;
		if (f != NULL && f(dtp, pr, arg) != 0)
			return -1;
	}
	return n;
}

/*
 * The tracefs directory.  A fresh machine may not have it mounted: mount
 * it at /sys/kernel/tracing (we run as root), else use debugfs's.
 */
const char *
dt_tracefs(void)
{
	static const char *dir;
	struct stat st;

	if (dir != NULL)
		return dir;
	if (stat("/sys/kernel/tracing/events", &st) == 0)
		return dir = "/sys/kernel/tracing";
	if (mount("nodev", "/sys/kernel/tracing", "tracefs", 0, NULL) == 0 &&
	    stat("/sys/kernel/tracing/events", &st) == 0)
		return dir = "/sys/kernel/tracing";
	if (stat("/sys/kernel/debug/tracing/events", &st) == 0)
		return dir = "/sys/kernel/debug/tracing";
	return NULL;
}
