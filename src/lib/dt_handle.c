/*
 * dt_handle.c -- creating and destroying the library handle, error
 * messages, and the string table of literals.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "dt_impl.h"
#include "../consume/dt_sym.h"
#include "../sema/dt_btf.h"
#include "dtrace.h"

dtrace_hdl_t *
dtrace_open(void)
{
	dtrace_hdl_t *dtp = calloc(1, sizeof(*dtp));
	struct timespec rt, mt;

	if (dtp == NULL)
		return NULL;
	/* test hook: make the code of clause N invalid, to check how a
	 * verifier rejection is reported (tests/golden/run.verifier-*) */
	const char *dbg = getenv("DTRACE_DEBUG_REJECT");
	if (dbg != NULL)
		dtp->dt_debug_reject = atoi(dbg);
	dtp->dt_opts.do_strsize = 256;
	dtp->dt_opts.do_dynvarsize = 1 << 20;
	dtp->dt_opts.do_bufsize = 4 << 20;
	dtp->dt_opts.do_switchrate = 10000000;   /* poll every 10 ms */
	dtp->dt_opts.do_stackframes = 20;
	dtp->dt_opts.do_ustackframes = 20;
	dtp->dt_opts.do_nspec = 1;
	dtp->dt_opts.do_loopmax = 1000;
	dtp->dt_opts.do_specsize = 32 << 10;
	dtp->dt_opts.do_aggsize = 4 << 20;
	dtp->dt_opts.do_aggrate = 1000000000;
	dtp->dt_opts.do_cleanrate = 10000000;
	dtp->dt_opts.do_statusrate = 1000000000;
	dtp->dt_types = dt_typetab_create();
	dtp->dt_arena = dt_arena_create();
	dtp->dt_prarena = dt_arena_create();
	dtp->dt_clause_tail = &dtp->dt_clauses;
	dtp->dt_fd_globals = dtp->dt_fd_mstate = dtp->dt_fd_strtab = -1;
	dtp->dt_fd_progbtf = -1;
	dtp->dt_fd_ringbuf = dtp->dt_fd_state = dtp->dt_fd_zero = -1;
	dtp->dt_fd_stacks = -1;
	dtp->dt_fd_aggsel = -1;
	dtp->dt_out = stdout;
	/* "" is always at offset 0 of the string table */
	dt_strtab_add(dtp, "", 0);
	clock_gettime(CLOCK_REALTIME, &rt);
	clock_gettime(CLOCK_MONOTONIC, &mt);
	dtp->dt_boottime_ns = (uint64_t)(rt.tv_sec - mt.tv_sec) * 1000000000ULL +
	    (uint64_t)(rt.tv_nsec - mt.tv_nsec);
	if (dt_prov_init(dtp) != 0) {
		dtrace_close(dtp);
		return NULL;
	}
	return dtp;
}

void
dtrace_close(dtrace_hdl_t *dtp)
{
	if (dtp == NULL)
		return;
	dt_bpf_detach_all(dtp);
	if (dtp->dt_rb != NULL)
		dt_consume_close(dtp);
	if (dtp->dt_out_orig != NULL && dtp->dt_out != dtp->dt_out_orig)
		fclose(dtp->dt_out);      /* freopen()'s file */
	dt_consume_specfree(dtp);
	int fds[] = { dtp->dt_fd_globals, dtp->dt_fd_mstate, dtp->dt_fd_strtab,
	    dtp->dt_fd_ringbuf, dtp->dt_fd_state, dtp->dt_fd_zero,
	    dtp->dt_fd_stacks, dtp->dt_fd_aggsel, dtp->dt_fd_progbtf };
	for (size_t i = 0; i < sizeof(fds) / sizeof(fds[0]); i++)
		if (fds[i] >= 0)
			close(fds[i]);
	for (int i = 0; i < dtp->dt_ndvars; i++)
		if (dtp->dt_dvars[i].dm_fd >= 0)
			close(dtp->dt_dvars[i].dm_fd);
	free(dtp->dt_dvars);
	for (int i = 0; i < dtp->dt_naggs; i++) {
		for (int j = 0; j < 2; j++)
			if (dtp->dt_aggs[i]->ag_fds[j] > 0)
				close(dtp->dt_aggs[i]->ag_fds[j]);
		free(dtp->dt_aggs[i]->ag_name);
		free(dtp->dt_aggs[i]->ag_normkeys);
		free(dtp->dt_aggs[i]);
	}
	free(dtp->dt_aggs);
	free(dtp->dt_argused);
	for (uint32_t i = 1; i <= dtp->dt_nprobes; i++) {
		dt_probe_t *pr = dtp->dt_probes[i];
		if (pr->pr_progfd >= 0)
			close(pr->pr_progfd);
		if (pr->pr_comments != NULL)
			for (int j = 0; j < pr->pr_ninsns; j++)
				free(pr->pr_comments[j]);
		free(pr->pr_comments);
		free(pr->pr_insncl);
		free(pr->pr_insns);
		free(pr->pr_members);
		for (int j = 0; (pr->pr_flags & DT_PRF_OWNTYPES) && j < 10; j++)
			free((char *)pr->pr_argtypes[j]);
	}
	free(dtp->dt_probes);
	free(dtp->dt_blobs);
	dt_sym_free(dtp);
	for (dt_provider_t *pv = dtp->dt_provs, *n; pv; pv = n) {
		n = pv->pv_next;
		free(pv->pv_name);
		free(pv->pv_data);
		free(pv);
	}
	for (dt_clause_t *cl = dtp->dt_clauses, *n; cl; cl = n) {
		n = cl->cl_next;
		for (int i = 0; i < cl->cl_npdescs; i++)
			dt_pdesc_free(&cl->cl_pdescs[i]);
		free(cl->cl_pdescs);
		free(cl->cl_desctext);
		free(cl->cl_recs);
		free(cl->cl_segs);
		free(cl);
	}
	for (dt_ident_t *lists[] = { dtp->dt_globals, dtp->dt_tls,
	    dtp->dt_locals }, **l = lists; l < lists + 3; l++) {
		for (dt_ident_t *id = *l, *n; id; id = n) {
			n = id->di_next;
			free(id->di_name);
			free(id);
		}
	}
	free(dtp->dt_epids);
	free(dtp->dt_strtab);
	free(dtp->dt_verifier_log);
	dt_btf_close(dtp->dt_btf);
	dt_typetab_destroy(dtp->dt_types);
	dt_arena_destroy(dtp->dt_arena);
	dt_arena_destroy(dtp->dt_prarena);
	free(dtp);
}

int
dt_set_errmsg(dtrace_hdl_t *dtp, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(dtp->dt_errmsg, sizeof(dtp->dt_errmsg), fmt, ap);
	va_end(ap);
	dtp->dt_errtag = D_UNKNOWN;
	return -1;
}

const char *
dtrace_errmsg(dtrace_hdl_t *dtp)
{
	return dtp->dt_errmsg;
}

uint32_t
dt_strtab_add(dtrace_hdl_t *dtp, const char *s, size_t len)
{
	/* literals are few: a linear search keeps the table deduplicated */
	for (uint32_t off = 0; off < dtp->dt_strtablen;) {
		size_t l = strlen(dtp->dt_strtab + off);
		if (l == len && memcmp(dtp->dt_strtab + off, s, len) == 0)
			return off;
		off += (uint32_t)l + 1;
	}
	uint32_t off = dtp->dt_strtablen;
	dtp->dt_strtab = realloc(dtp->dt_strtab, off + len + 1);
	memcpy(dtp->dt_strtab + off, s, len);
	dtp->dt_strtab[off + len] = '\0';
	dtp->dt_strtablen = off + (uint32_t)len + 1;
	return off;
}

/*
 * A table of binary data (the probe tables of grouped programs) in the
 * string table, 8-byte aligned and followed by a NUL so that the search
 * above still steps over it string by string.
 */
uint32_t
dt_strtab_addbin(dtrace_hdl_t *dtp, const void *data, size_t len)
{
	/* the same table is asked for by every clause of a program */
	for (int i = 0; i < dtp->dt_nblobs; i++)
		if (dtp->dt_blobs[i].bl_len == len && memcmp(dtp->dt_strtab +
		    dtp->dt_blobs[i].bl_off, data, len) == 0)
			return dtp->dt_blobs[i].bl_off;
	uint32_t off = (dtp->dt_strtablen + 7) & ~7u;
	dtp->dt_blobs = realloc(dtp->dt_blobs, (size_t)(dtp->dt_nblobs + 1) *
	    sizeof(*dtp->dt_blobs));
	dtp->dt_blobs[dtp->dt_nblobs].bl_off = off;
	dtp->dt_blobs[dtp->dt_nblobs++].bl_len = len;
	dtp->dt_strtab = realloc(dtp->dt_strtab, off + len + 1);
	memset(dtp->dt_strtab + dtp->dt_strtablen, 0, off - dtp->dt_strtablen);
	memcpy(dtp->dt_strtab + off, data, len);
	dtp->dt_strtab[off + len] = '\0';
	dtp->dt_strtablen = off + (uint32_t)len + 1;
	return off;
}
