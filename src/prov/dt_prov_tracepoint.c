/*
 * dt_prov_tracepoint.c -- every kernel tracepoint, as
 * tracepoint:SUBSYSTEM:EVENT (module SUBSYSTEM, function EVENT, no name),
 * with args->FIELD for the event's fields.
 *
 * The probes are made on demand from tracefs (events/SUBSYSTEM/EVENT/):
 * one directory read per subsystem a description can match, never a file
 * per probe; a subsystem whose probes exist is not read again.  A probe's program is a classic tracepoint program attached
 * with perf_event_open(PERF_TYPE_TRACEPOINT); its context is the event's
 * record, laid out as the event's format file says.  args->FIELD reads the
 * record directly: integers by their size and sign, char arrays and
 * __data_loc strings as D strings (see dt_tp_field and cg/dt_cg.c).
 */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <dirent.h>
#include <fnmatch.h>
#include <linux/perf_event.h>
#include "../lib/dt_impl.h"

static int
dt_tp_isglob(const char *s)
{
	return strpbrk(s, "*?[") != NULL;
}

static int
dt_tp_isdir(const struct dirent *e)
{
	return e->d_name[0] != '.' && e->d_type == DT_DIR;
}

/* The events of subsystem sub as probes, unless they are already. */
static void
dt_tp_load_sub(dtrace_hdl_t *dtp, dt_provider_t *pv, const char *tfs,
    const char *sub)
{
	for (uint32_t i = 1; i <= dtp->dt_nprobes; i++)
		if (dtp->dt_probes[i]->pr_prov == pv &&
		    strcmp(dtp->dt_probes[i]->pr_mod, sub) == 0)
			return;
	char path[512];
	struct dirent **ev;
	snprintf(path, sizeof(path), "%s/events/%s", tfs, sub);
	/* in name order, so that IDs do not depend on the directory */
	int n = scandir(path, &ev, dt_tp_isdir, alphasort);
	for (int i = 0; i < n; i++) {
		dt_probe_create(dtp, pv, sub, ev[i]->d_name, "");
		free(ev[i]);
	}
	if (n >= 0)
		free(ev);
}

static int
dt_prov_tp_provide(dtrace_hdl_t *dtp, dt_provider_t *pv, const dt_pdesc_t *pd)
{
	const char *tfs = dt_tracefs();
	char path[512];
	struct dirent **subs;

	if (tfs == NULL)
		return 0;
	/* its probes' names are empty: "BEGIN", "entry" ... match none */
	if (*pd->pd_name != '\0' && fnmatch(pd->pd_name, "", 0) != 0)
		return 0;
	if (*pd->pd_mod != '\0' && !dt_tp_isglob(pd->pd_mod)) {
		dt_tp_load_sub(dtp, pv, tfs, pd->pd_mod);
		return 0;
	}
	snprintf(path, sizeof(path), "%s/events", tfs);
	int n = scandir(path, &subs, dt_tp_isdir, alphasort);
	for (int i = 0; i < n; i++) {
		if (*pd->pd_mod == '\0' || fnmatch(pd->pd_mod, subs[i]->d_name,
		    0) == 0)
			dt_tp_load_sub(dtp, pv, tfs, subs[i]->d_name);
		free(subs[i]);
	}
	if (n >= 0)
		free(subs);
	return 0;
}

static enum bpf_prog_type
dt_prov_tp_progtype(dt_probe_t *pr)
{
	return BPF_PROG_TYPE_TRACEPOINT;
}

static int
dt_prov_tp_attach(dtrace_hdl_t *dtp, dt_probe_t *pr)
{
	const char *tfs = dt_tracefs();
	char path[512];
	unsigned long long id = 0;

	snprintf(path, sizeof(path), "%s/events/%s/%s/id", tfs ? tfs : "",
	    pr->pr_mod, pr->pr_func);
	FILE *f = fopen(path, "r");
	if (f == NULL || fscanf(f, "%llu", &id) != 1) {
		if (f != NULL)
			fclose(f);
		return dt_set_errmsg(dtp, "failed to enable tracepoint:%s:%s: "
		    "cannot read %s", pr->pr_mod, pr->pr_func, path);
	}
	fclose(f);
	/* one event for every CPU: the program hangs on the tracepoint */
	return dt_bpf_perf_attach(dtp, pr, 0, PERF_TYPE_TRACEPOINT, id, 1);
}

/*
 * Field "name" of the probe's event, from its format file:
 *   field:unsigned int prev_state;  offset:24;  size:4;  signed:0;
 *   field:char prev_comm[16];       offset:8;   size:16; signed:0;
 *   field:__data_loc char[] name;   offset:8;   size:4;  signed:0;
 * 0 if found, -1 if the probe has no such field (or no format).
 */
/* one field of a format file, as dt_tp_fields() hands it out */
typedef struct dt_tpfline {
	const char *fl_decl;         /* "char prev_comm[16]" */
	const char *fl_name;         /* the name within it, fl_namelen long */
	size_t fl_namelen;
	const char *fl_dim;          /* "[16]", or NULL */
	unsigned fl_off, fl_size;
	int fl_sign;
} dt_tpfline_t;

/* Call fn for each field of the probe's format until it returns 0;
 * returns what fn last returned, or -1 (no format, no more fields). */
static int
dt_tp_fields(const dt_probe_t *pr, int (*fn)(const dt_tpfline_t *, void *),
    void *arg)
{
	const char *tfs = dt_tracefs();
	char path[512], line[512];
	int rc = -1;

	if (tfs == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/events/%s/%s/format", tfs, pr->pr_mod,
	    pr->pr_func);
	FILE *f = fopen(path, "r");
	if (f == NULL)
		return -1;
	while (rc != 0 && fgets(line, sizeof(line), f) != NULL) {
		char *decl = strstr(line, "field:"), *semi;
		dt_tpfline_t fl;
		if (decl == NULL || (semi = strchr(decl, ';')) == NULL ||
		    sscanf(semi + 1, " offset:%u; size:%u; signed:%d",
		    &fl.fl_off, &fl.fl_size, &fl.fl_sign) != 3)
			continue;
		*semi = '\0';
		decl += 6;
		/* the field's name: the last word, less any [N] */
		char *br = strrchr(decl, '[');
		char *end = br != NULL && br > strrchr(decl, ' ') ? br :
		    decl + strlen(decl);
		char *nm = end;
		while (nm > decl && nm[-1] != ' ' && nm[-1] != '*')
			nm--;
		fl.fl_decl = decl;
		fl.fl_name = nm;
		fl.fl_namelen = (size_t)(end - nm);
		fl.fl_dim = br != NULL && br > nm ? br : NULL;
		rc = fn(&fl, arg);
	}
	fclose(f);
	return rc;
}

typedef struct dt_tpfind {
	const char *tf_name;
	dt_tpfield_t *tf_fld;
} dt_tpfind_t;

static int
dt_tp_field_match(const dt_tpfline_t *fl, void *arg)
{
	dt_tpfind_t *tf = arg;
	dt_tpfield_t *fld = tf->tf_fld;

	if (fl->fl_namelen != strlen(tf->tf_name) ||
	    strncmp(fl->fl_name, tf->tf_name, fl->fl_namelen) != 0)
		return -1;
	fld->tf_offset = fl->fl_off;
	fld->tf_size = fl->fl_size;
	fld->tf_signed = fl->fl_sign;
	if (strncmp(fl->fl_decl, "__data_loc", 10) == 0)
		fld->tf_kind = strstr(fl->fl_decl, "char") ? DT_TPF_DATALOC :
		    DT_TPF_INT;
	else if (fl->fl_dim != NULL && strstr(fl->fl_decl, "char") != NULL)
		fld->tf_kind = DT_TPF_CHARS;
	else
		fld->tf_kind = DT_TPF_INT;
	if (fld->tf_kind == DT_TPF_INT && fl->fl_size != 1 &&
	    fl->fl_size != 2 && fl->fl_size != 4 && fl->fl_size != 8)
		return 1;       /* arrays and structs: not yet (stop: no such
		                   field to D) */
	return 0;
}

int
dt_tp_field(dtrace_hdl_t *dtp, const dt_probe_t *pr, const char *name,
    dt_tpfield_t *fld)
{
	dt_tpfind_t tf = { name, fld };

	if (strcmp(pr->pr_prov->pv_name, "tracepoint") != 0)
		return -1;
	return dt_tp_fields(pr, dt_tp_field_match, &tf) == 0 ? 0 : -1;
}

typedef struct dt_tplist {
	FILE *tl_out;
	int tl_n;
} dt_tplist_t;

static int
dt_tp_field_list(const dt_tpfline_t *fl, void *arg)
{
	dt_tplist_t *tl = arg;

	if (strncmp(fl->fl_name, "common_", 7) == 0)
		return -1;
	/* the type: the declaration less the name */
	const char *te = fl->fl_name;
	while (te > fl->fl_decl && te[-1] == ' ')
		te--;
	fprintf(tl->tl_out, "\t\targs->%.*s: %.*s%s\n", (int)fl->fl_namelen,
	    fl->fl_name, (int)(te - fl->fl_decl), fl->fl_decl,
	    fl->fl_dim ? fl->fl_dim : "");
	tl->tl_n++;
	return -1;                   /* go on */
}

/* -lv: the event's own fields, as args->name: their kernel types */
static int
dt_prov_tp_listargs(dtrace_hdl_t *dtp, dt_probe_t *pr, FILE *out)
{
	dt_tplist_t tl = { out, 0 };

	if (dt_tracefs() == NULL)
		return -1;
	dt_tp_fields(pr, dt_tp_field_list, &tl);
	if (tl.tl_n == 0)
		fprintf(out, "\t\tNone\n");
	return 0;
}

const dt_provops_t dt_prov_tracepoint = {
	.po_name = "tracepoint",
	.po_listargs = dt_prov_tp_listargs,
	.po_provide = dt_prov_tp_provide,
	.po_progtype = dt_prov_tp_progtype,
	.po_attach = dt_prov_tp_attach,
};
