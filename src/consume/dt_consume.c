/*
 * dt_consume.c -- the consumer: ring buffer records to DTrace's output.
 *
 * Every record starts with a dt_rechdr_t (enabled probe ID, CPU).  The
 * enabled probe ID leads to the clause, whose record layout (cl_recs,
 * made by the code generator) says what each byte range holds and how to
 * print it.  Fault records (DT_EPID_FAULT) become DTrace's "error on
 * enabled probe" messages; drop counters kept per CPU in the mstate map
 * become "N drops on CPU C" messages.  Messages for stderr go through the
 * handle's message callback: the library itself never prints there.
 *
 * Output format (docs/FORMATS.md): without quiet, a header line once, then
 * per record "%3d %6d %32s " (CPU, probe ID, function:name), the traced
 * data, and a newline.  With flowindent (-F), as DTrace: the header is
 * "CPU FUNCTION" and each record starts with the CPU and the function,
 * indented two spaces per level, even when quiet.
 */
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <sys/mman.h>
#include <unistd.h>
#include <errno.h>
#include "../lib/dt_impl.h"
#include "dt_sym.h"
#include "../cg/dt_cg.h"
#include "dt_printf.h"
#include "dt_agg.h"
#include "dt_print.h"

static void
dt_consume_msg(dtrace_hdl_t *dtp, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (dtp->dt_msgh != NULL)
		dtp->dt_msgh(dtp->dt_msgharg, buf);
}

static const char *
dt_consume_faultstr(uint32_t fault)
{
	switch (fault) {
	case DT_FAULT_DIVZERO: return "divide-by-zero";
	case DT_FAULT_BADADDR: return "invalid address";
	case DT_FAULT_ILLOP: return "illegal operation";
	case DT_FAULT_NOSCRATCH: return "out of scratch space";
	case DT_FAULT_LOOPMAX: return "loop limit reached";
	default: return "unknown fault";
	}
}

static void
dt_consume_fault(dtrace_hdl_t *dtp, const dt_faultrec_t *fr)
{
	dt_probe_t *pr = NULL;
	char where[64], addr[32] = "";

	if (fr->fr_epid >= 1 && fr->fr_epid <= dtp->dt_nepids)
		pr = dtp->dt_epids[fr->fr_epid].ep_probe;
	if (fr->fr_fault == DT_FAULT_BADADDR)
		snprintf(addr, sizeof(addr), " (0x%llx)",
		    (unsigned long long)fr->fr_addr);
	if (fr->fr_fault == DT_FAULT_LOOPMAX)
		snprintf(addr, sizeof(addr), " (%llu iterations)",
		    (unsigned long long)fr->fr_addr);
	if (fr->fr_action == 0)
		snprintf(where, sizeof(where), "predicate");
	else
		snprintf(where, sizeof(where), "action #%u", fr->fr_action);
	dt_consume_msg(dtp, "error on enabled probe ID %u (ID %u: %s:%s:%s:%s): "
	    "%s%s in %s at DIF offset %u", fr->fr_epid, pr ? pr->pr_id : 0,
	    pr ? pr->pr_prov->pv_name : "", pr ? pr->pr_mod : "",
	    pr ? pr->pr_func : "", pr ? pr->pr_name : "",
	    dt_consume_faultstr(fr->fr_fault), addr, where, fr->fr_pc);
}

/* read a recorded integer of the record's type, sign-extended */
static int64_t
dt_consume_int(const dt_recdesc_t *rd, const char *p)
{
	int sign = dt_type_is_signed(rd->rd_type);
	switch (rd->rd_size) {
	case 1: return sign ? *(const int8_t *)p : *(const uint8_t *)p;
	case 2: return sign ? *(const int16_t *)p : *(const uint16_t *)p;
	case 4: return sign ? *(const int32_t *)p : *(const uint32_t *)p;
	default: return *(const int64_t *)p;
	}
}

/*
 * rawbytes and tracemem(): a byte range as DTrace dumps it, a line of 16
 * bytes in hex then as characters under a header of offsets.  For a
 * string (str), bytes after its NUL are shown as 0: whatever the buffer
 * held there is not data.
 */
static void
dt_consume_rawbytes(FILE *out, const char *p, size_t n, int str)
{
	int nul = 0;

	fprintf(out, "\n%5s      ", "");
	for (int i = 0; i < 16; i++)
		fprintf(out, "  %c", "0123456789abcdef"[i]);
	fprintf(out, "  0123456789abcdef\n");
	for (size_t i = 0; i < n; i += 16) {
		unsigned char c[16];
		size_t j;
		for (j = 0; j < 16 && i + j < n; j++) {
			c[j] = nul ? 0 : (unsigned char)p[i + j];
			nul |= str && c[j] == 0;
		}
		fprintf(out, "%5s%5zx:", "", i);
		for (size_t k = 0; k < j; k++)
			fprintf(out, " %02x", c[k]);
		for (size_t k = j; k < 16; k++)
			fprintf(out, "   ");
		fprintf(out, "  ");
		for (size_t k = 0; k < j; k++)
			fputc(c[k] < ' ' || c[k] > '~' ? '.' : c[k], out);
		fputc('\n', out);
	}
}

/*
 * trace() of other bytes (a struct, union or array), as illumos prints
 * them: printable characters then only NULs are a string, printable ones
 * without a NUL too (two spaces before it, quiet or not), anything else a
 * dump.  (Oracle's DTrace dumps them all.)
 */
static void
dt_consume_bytes(dtrace_hdl_t *dtp, const char *p, size_t n)
{
	FILE *out = dtp->dt_out;
	size_t i, j;

	if (n == 0)
		return;
	for (i = 0; i < n && !dtp->dt_opts.do_rawbytes; i++) {
		unsigned char c = (unsigned char)p[i];
		if (isprint(c) || isspace(c) || c == '\b' || c == '\a')
			continue;
		if (c != '\0' || i == 0)
			break;
		for (j = i + 1; j < n && p[j] == '\0'; j++)
			;
		if (j != n)
			break;
		fprintf(out, dtp->dt_opts.do_quiet ? "%s" : "  %-33s", p);
		return;
	}
	if (i == n) {
		fprintf(out, "  %-33.*s", (int)n, p);
		return;
	}
	dt_consume_rawbytes(out, p, n, 0);
}

/* trace(): DTrace's formats by size; strings left-justified in 33 */
static void
dt_consume_trace(dtrace_hdl_t *dtp, const dt_recdesc_t *rd, const char *p,
    size_t avail)
{
	FILE *out = dtp->dt_out;
	int quiet = dtp->dt_opts.do_quiet;

	if (dt_type_stack(rd->rd_type) >= 3) {
		char buf[1024];
		dt_sym_value(dtp, dt_type_stack(rd->rd_type), p, buf,
		    sizeof(buf));
		fprintf(out, quiet ? "%s" : "  %-50s", buf);
		return;
	}
	if (dt_type_stack(rd->rd_type)) {
		uint64_t v;
		memcpy(&v, p, 8);
		dt_sym_print_stack(dtp, out, v, dt_type_stack(rd->rd_type) == 2);
		return;
	}
	const dt_type_t *t = dt_type_resolve(rd->rd_type);
	if ((dt_type_is_sou(t) || (t->dt_kind == DT_TK_ARRAY &&
	    !dt_type_is_string(t))) && rd->rd_size != 1 && rd->rd_size != 2 &&
	    rd->rd_size != 4 && rd->rd_size != 8) {
		/* a struct, union or array: its bytes (one of an integer's
		 * sizes prints as that integer, below) */
		dt_consume_bytes(dtp, p, rd->rd_size < avail ? rd->rd_size :
		    avail);
		return;
	}
	if (dt_type_is_string(rd->rd_type) && dtp->dt_opts.do_rawbytes) {
		size_t n = rd->rd_size < avail ? rd->rd_size : avail;
		if (n > dtp->dt_opts.do_strsize)
			n = dtp->dt_opts.do_strsize;
		dt_consume_rawbytes(out, p, n, 1);
		return;
	}
	if (dt_type_is_string(rd->rd_type)) {
		size_t n = strnlen(p, rd->rd_size < avail ? rd->rd_size : avail);
		if (quiet)
			fprintf(out, "%.*s", (int)n, p);
		else
			fprintf(out, "  %-33.*s", (int)n, p);
		return;
	}
	/* as illumos: by size only, 1 and 2 bytes unsigned, 4 and 8 signed */
	int64_t v = dt_consume_int(rd, p);
	switch (rd->rd_size) {
	case 1:
		fprintf(out, quiet ? "%d" : " %3d", (int)(uint8_t)v);
		break;
	case 2:
		fprintf(out, quiet ? "%d" : " %5d", (int)(uint16_t)v);
		break;
	case 4:
		fprintf(out, quiet ? "%d" : " %8d", (int)(int32_t)v);
		break;
	default:
		fprintf(out, quiet ? "%lld" : " %16lld", (long long)v);
	}
}

static void
dt_consume_printf(dtrace_hdl_t *dtp, FILE *fp, const dt_recdesc_t *rd,
    const char *base, size_t size)
{
	dt_pfval_t vals[64];
	int n = rd->rd_nargs < 64 ? rd->rd_nargs : 64;

	for (int i = 0; i < n; i++) {
		const dt_recdesc_t *a = &rd[1 + i];
		dt_pfval_t *v = &vals[i];
		memset(v, 0, sizeof(*v));
		if (a->rd_offset + a->rd_size > size) {
			v->pv_kind = DT_PFV_INT;
			continue;
		}
		if (dt_type_is_string(a->rd_type)) {
			v->pv_kind = DT_PFV_STR;
			/* probe_read_kernel_str() always writes a NUL within
			 * strsize bytes; the buffer is mapped read-only */
			v->pv_str = base + a->rd_offset;
		} else {
			v->pv_kind = DT_PFV_INT;
			v->pv_int = dt_consume_int(a, base + a->rd_offset);
			v->pv_size = (int)a->rd_size;
			v->pv_signed = dt_type_is_signed(a->rd_type);
		}
	}
	dt_printf_format(fp, rd->rd_pfmt, vals, n, dt_sym_pfsym, dtp);
}

/* what a printf()-like record formats, as a malloc'd string, or NULL */
static char *
dt_consume_sprintf(dtrace_hdl_t *dtp, const dt_recdesc_t *rd,
    const char *base, size_t size)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	if (fp == NULL)
		return NULL;
	dt_consume_printf(dtp, fp, rd, base, size);
	if (ferror(fp)) {
		fclose(fp);
		free(buf);
		return NULL;
	}
	fclose(fp);
	return buf;
}

/*
 * system(): the command runs through /bin/sh as the records are read, as
 * in DTrace; what we printed before it is flushed first so that its
 * output (to our standard output) comes in order with ours.
 */
static void
dt_consume_system(dtrace_hdl_t *dtp, const dt_recdesc_t *rd,
    const char *base, size_t size)
{
	char *cmd = dt_consume_sprintf(dtp, rd, base, size);

	if (cmd == NULL) {
		dt_consume_msg(dtp, "system(): out of memory");
		return;
	}
	fflush(dtp->dt_out);
	fflush(stdout);
	if (system(cmd) == -1)
		dt_consume_msg(dtp, "system(\"%s\") failed: %s", cmd,
		    strerror(errno));
	free(cmd);
}

/*
 * freopen(): later output goes to the file (opened to append, as in
 * DTrace) until the next freopen(); freopen("") goes back to the original
 * output.  A file that cannot be opened leaves the output where it was,
 * with DTrace's message for an action that failed in the consumer.
 */
static void
dt_consume_freopen(dtrace_hdl_t *dtp, const dt_epid_t *ep,
    const dt_recdesc_t *rd, const char *base, size_t size, uint32_t epid)
{
	dt_probe_t *pr = ep->ep_probe;
	FILE *nfp;
	char *path;

	fflush(dtp->dt_out);
	if (rd->rd_pfmt == NULL) {
		if (dtp->dt_out_orig != NULL && dtp->dt_out != dtp->dt_out_orig) {
			fclose(dtp->dt_out);
			dtp->dt_out = dtp->dt_out_orig;
		}
		return;
	}
	if ((path = dt_consume_sprintf(dtp, rd, base, size)) == NULL) {
		dt_consume_msg(dtp, "freopen(): out of memory");
		return;
	}
	if ((nfp = fopen(path, "a")) == NULL) {
		dt_consume_msg(dtp, "error on enabled probe ID %u (ID %u: "
		    "%s:%s:%s:%s): couldn't freopen() \"%s\": %s", epid,
		    pr->pr_id, pr->pr_prov->pv_name, pr->pr_mod, pr->pr_func,
		    pr->pr_name, path, strerror(errno));
		free(path);
		return;
	}
	free(path);
	if (dtp->dt_out_orig == NULL)
		dtp->dt_out_orig = dtp->dt_out;
	else if (dtp->dt_out != dtp->dt_out_orig)
		fclose(dtp->dt_out);
	dtp->dt_out = nfp;
}

/* a probe named "entry" or "...-entry" (so not "gentry"), likewise return */
static int
dt_consume_isflow(const char *name, const char *what)
{
	size_t n = strlen(name), w = strlen(what);

	return n >= w && strcmp(name + n - w, what) == 0 &&
	    (n == w || name[n - w - 1] == '-');
}

/*
 * flowindent: the function column of a record.  Entries print "-> func"
 * and indent what follows on their CPU by two; returns unindent first and
 * print "<- func" (the syscall provider's "=>" and "<=" say that the call
 * crosses into the kernel); other probes print "| func:name".  As DTrace's
 * heuristic has it, when several clauses of one probe record, only the
 * first indents and only the last unindents.  (DTrace keeps the indent per
 * CPU buffer and starts afresh at every buffer switch; ours is per CPU for
 * the whole run, since one ring carries all CPUs' records.)
 */
static void
dt_consume_flow(dtrace_hdl_t *dtp, const dt_rechdr_t *rh, dt_probe_t *pr,
    uint32_t next_epid)
{
	uint16_t *indent = &dtp->dt_indent[rh->rh_cpu < 1024 ? rh->rh_cpu : 0];
	int sys = strcmp(pr->pr_prov->pv_name, "syscall") == 0;
	const char *prefix = "| ";
	char name[600];
	int flow = 0;          /* 1 entry, -1 return */

	if (dt_consume_isflow(pr->pr_name, "entry")) {
		flow = 1;
		if (dtp->dt_last_epid != 0 && dtp->dt_last_epid != rh->rh_epid &&
		    dtp->dt_last_epid <= dtp->dt_nepids &&
		    dtp->dt_epids[dtp->dt_last_epid].ep_probe == pr)
			flow = 0;
	} else if (dt_consume_isflow(pr->pr_name, "return")) {
		flow = -1;
		if (next_epid != 0 && next_epid != rh->rh_epid &&
		    next_epid <= dtp->dt_nepids &&
		    dtp->dt_epids[next_epid].ep_probe == pr)
			flow = 0;
	}
	if (flow == 1)
		prefix = sys ? " => " : " -> ";
	else if (flow == -1)
		prefix = sys ? " <= " : " <- ";
	if (flow == -1 && *indent > 0)
		*indent -= 2;
	if (flow != 0)
		snprintf(name, sizeof(name), "%*s%s%s", *indent, "", prefix,
		    pr->pr_func);
	else
		snprintf(name, sizeof(name), "%*s%s%s:%s", *indent, "", prefix,
		    pr->pr_func, pr->pr_name);
	fprintf(dtp->dt_out, "%3u %-41s ", rh->rh_cpu, name);
	if (flow == 1 && *indent < 512)
		*indent += 2;
}

/*
 * Speculations: the records of speculate(id)'s clauses are held here, in
 * the order they came, until the commit(id) record prints them or the
 * discard(id) record drops them (see src/cg/dt_cg_spec.c).
 */
typedef struct dt_specbuf {
	char **sb_recs;
	size_t *sb_sizes;
	int sb_n, sb_cap;
} dt_specbuf_t;

static dt_specbuf_t *
dt_consume_specbuf(dtrace_hdl_t *dtp, uint32_t id)
{
	if (id == 0 || id > dtp->dt_opts.do_nspec)
		return NULL;
	if (dtp->dt_specbufs == NULL && (dtp->dt_specbufs = calloc(
	    dtp->dt_opts.do_nspec + 1, sizeof(dt_specbuf_t))) == NULL)
		return NULL;
	return &dtp->dt_specbufs[id];
}

static void
dt_consume_spechold(dtrace_hdl_t *dtp, uint32_t id, const void *data,
    size_t size)
{
	dt_specbuf_t *sb = dt_consume_specbuf(dtp, id);
	char *copy = malloc(size);

	if (sb == NULL || copy == NULL) {
		free(copy);
		return;
	}
	if (sb->sb_n == sb->sb_cap) {
		int cap = sb->sb_cap ? 2 * sb->sb_cap : 16;
		char **r = realloc(sb->sb_recs, cap * sizeof(char *));
		size_t *s = r ? realloc(sb->sb_sizes, cap * sizeof(size_t)) :
		    NULL;
		if (r != NULL)
			sb->sb_recs = r;
		if (s == NULL) {
			free(copy);
			return;
		}
		sb->sb_sizes = s;
		sb->sb_cap = cap;
	}
	memcpy(copy, data, size);
	sb->sb_recs[sb->sb_n] = copy;
	sb->sb_sizes[sb->sb_n++] = size;
}

static int dt_consume_record(dtrace_hdl_t *, void *, size_t, uint32_t);

/* commit (print) or discard what speculation id holds */
static void
dt_consume_specend(dtrace_hdl_t *dtp, uint32_t id, int commit)
{
	dt_specbuf_t *sb = dt_consume_specbuf(dtp, id);

	if (sb == NULL)
		return;
	for (int i = 0; i < sb->sb_n; i++) {
		if (commit) {
			dtp->dt_replaying++;
			dt_consume_record(dtp, sb->sb_recs[i], sb->sb_sizes[i],
			    0);
			dtp->dt_replaying--;
		}
		free(sb->sb_recs[i]);
	}
	free(sb->sb_recs);
	free(sb->sb_sizes);
	memset(sb, 0, sizeof(*sb));
}

void
dt_consume_specfree(dtrace_hdl_t *dtp)
{
	if (dtp->dt_specbufs == NULL)
		return;
	for (uint64_t id = 1; id <= dtp->dt_opts.do_nspec; id++)
		dt_consume_specend(dtp, (uint32_t)id, 0);
	free(dtp->dt_specbufs);
	dtp->dt_specbufs = NULL;
}

static int
dt_consume_record(dtrace_hdl_t *dtp, void *data, size_t size,
    uint32_t next_epid)
{
	const dt_rechdr_t *rh = data;
	char *base = data;

	if (size < sizeof(*rh))
		return 0;
	/* a clause that faulted after sending part of its record (the part
	 * before a loop) never ends its line: end it before what follows */
	if (dtp->dt_line_open && (rh->rh_epid != dtp->dt_line_open ||
	    rh->rh_seg == 0)) {
		fputc('\n', dtp->dt_out);
		dtp->dt_line_open = 0;
	}
	if (rh->rh_epid == DT_EPID_FAULT) {
		if (size >= sizeof(dt_faultrec_t))
			dt_consume_fault(dtp, data);
		return 0;
	}
	if (rh->rh_epid == 0 || rh->rh_epid > dtp->dt_nepids)
		return 0;
	dt_epid_t *ep = &dtp->dt_epids[rh->rh_epid];
	dt_clause_t *cl = ep->ep_clause;
	dt_probe_t *pr = ep->ep_probe;
	FILE *out = dtp->dt_out;
	int seg = rh->rh_seg;

	if (seg >= cl->cl_nsegs)
		return 0;
	if (cl->cl_spec && !dtp->dt_replaying) {
		for (int i = 0; i < cl->cl_nrecs; i++)
			if (cl->cl_recs[i].rd_seg == seg &&
			    cl->cl_recs[i].rd_kind == DT_REC_SPEC &&
			    cl->cl_recs[i].rd_offset + 4 <= size) {
				dt_consume_spechold(dtp, *(uint32_t *)(base +
				    cl->cl_recs[i].rd_offset), data, size);
				break;
			}
		return 0;
	}
	uint32_t commit = 0;
	/* a clause's record may come in segments (see dt_clause_t): the
	 * probe's line starts with the first and ends with the last */
	if (seg != 0)
		;
	else if (dtp->dt_opts.do_flowindent) {
		if (!dtp->dt_header_done) {
			fprintf(out, "%3s %-41s\n", "CPU", "FUNCTION");
			dtp->dt_header_done = 1;
		}
		dt_consume_flow(dtp, rh, pr, next_epid);
	} else if (!dtp->dt_opts.do_quiet) {
		char name[512];
		if (!dtp->dt_header_done) {
			fprintf(out, "%3s %6s %32s\n", "CPU", "ID",
			    "FUNCTION:NAME");
			dtp->dt_header_done = 1;
		}
		snprintf(name, sizeof(name), "%s:%s", pr->pr_func, pr->pr_name);
		fprintf(out, "%3u %6u %32s ", rh->rh_cpu, pr->pr_id, name);
	}
	uint64_t tmsize = 0;         /* tracemem()'s dynamic size, if any */
	for (int i = 0; i < cl->cl_nrecs; i++) {
		const dt_recdesc_t *rd = &cl->cl_recs[i];
		if (rd->rd_seg != seg)
			continue;
		if (rd->rd_offset + rd->rd_size > size)
			break;
		switch (rd->rd_kind) {
		case DT_REC_TRACE:
			dt_consume_trace(dtp, rd, base + rd->rd_offset,
			    size - rd->rd_offset);
			break;
		case DT_REC_PRINT:
			dt_print_value(dtp, out, rd->rd_type, base +
			    rd->rd_offset, rd->rd_size);
			break;
		case DT_REC_TRACEMEM_DSIZE:
			memcpy(&tmsize, base + rd->rd_offset, sizeof(tmsize));
			break;
		case DT_REC_TRACEMEM:
			/* as DTrace: the dynamic size if from 1 to the size
			 * (taken as unsigned), always as a dump */
			dt_consume_rawbytes(out, base + rd->rd_offset,
			    tmsize == 0 || tmsize > rd->rd_size ? rd->rd_size :
			    (size_t)tmsize, 0);
			tmsize = 0;
			break;
		case DT_REC_PRINTF:
			dt_consume_printf(dtp, dtp->dt_out, rd, base, size);
			i += rd->rd_nargs;
			break;
		case DT_REC_GUARD:
			if (*(uint8_t *)(base + rd->rd_offset) == 0)
				i += rd->rd_nargs;
			break;
		case DT_REC_PRINTA: {
			/* printa(@a) then trunc(@a) or clear(@a): one step */
			dt_aggafter_t after = DT_AGG_KEEP;
			const dt_recdesc_t *nx = i + 1 < cl->cl_nrecs ?
			    &cl->cl_recs[i + 1] : NULL;
			if (nx != NULL && rd->rd_naggs == 1 &&
			    nx->rd_aggs != NULL && nx->rd_aggs[0] == rd->rd_aggs[0] &&
			    ((nx->rd_kind == DT_REC_TRUNC &&
			    *(int64_t *)(base + nx->rd_offset) == 0) ||
			    nx->rd_kind == DT_REC_CLEAR)) {
				after = nx->rd_kind == DT_REC_TRUNC ?
				    DT_AGG_THEN_TRUNC : DT_AGG_THEN_CLEAR;
				i++;
			}
			if (dt_agg_printa(dtp, rd->rd_pfmt, rd->rd_aggs,
			    rd->rd_naggs, 1, after) != 0)
				dt_consume_msg(dtp, "%s", dtp->dt_errmsg);
			break;
		}
		case DT_REC_CLEAR:
			if (dt_agg_clear(dtp, rd->rd_aggs[0]) != 0)
				dt_consume_msg(dtp, "%s", dtp->dt_errmsg);
			break;
		case DT_REC_TRUNC:
			if (dt_agg_trunc(dtp, rd->rd_aggs[0],
			    *(int64_t *)(base + rd->rd_offset)) != 0)
				dt_consume_msg(dtp, "%s", dtp->dt_errmsg);
			break;
		case DT_REC_NORMALIZE:
		case DT_REC_DENORMALIZE:
			if (dt_agg_normalize(dtp, rd->rd_aggs[0],
			    rd->rd_kind == DT_REC_DENORMALIZE ? 1 :
			    *(int64_t *)(base + rd->rd_offset)) != 0)
				dt_consume_msg(dtp, "%s", dtp->dt_errmsg);
			break;
		case DT_REC_SETOPT: {
			const char *name = "", *val = NULL;
			if (rd->rd_nargs >= 1 && i + 1 < cl->cl_nrecs)
				name = base + cl->cl_recs[i + 1].rd_offset;
			if (rd->rd_nargs >= 2 && i + 2 < cl->cl_nrecs)
				val = base + cl->cl_recs[i + 2].rd_offset;
			i += rd->rd_nargs;
			if (dt_opt_set(dtp, name, val) != 0)
				dt_consume_msg(dtp, "couldn't set option \"%s\" "
				    "to \"%s\": %s", name, val ? val : "",
				    dtp->dt_errmsg);
			break;
		}
		case DT_REC_COMMIT:
			/* its records follow this clause's line */
			commit = *(uint32_t *)(base + rd->rd_offset);
			break;
		case DT_REC_DISCARD:
			dt_consume_specend(dtp, *(uint32_t *)(base +
			    rd->rd_offset), 0);
			break;
		case DT_REC_EXIT:
			/* exit() in END may change the status (DTrace records
			 * it again while cooling down) */
			if (!dtp->dt_exiting || pr->pr_id == DT_PROBE_END) {
				dtp->dt_exiting = 1;
				dtp->dt_exitstatus = *(int32_t *)(base +
				    rd->rd_offset);
			}
			break;
		case DT_REC_SYSTEM:
			dt_consume_system(dtp, rd, base, size);
			i += rd->rd_nargs;
			break;
		case DT_REC_FREOPEN:
			dt_consume_freopen(dtp, ep, rd, base, size, rh->rh_epid);
			i += rd->rd_nargs;
			out = dtp->dt_out;
			break;
		case DT_REC_FTRUNCATE:
			/* as DTrace: the output file starts again, empty (not
			 * possible for a terminal or a pipe: ignored) */
			fflush(out);
			if (ftruncate(fileno(out), 0) == 0)
				fseeko(out, 0, SEEK_SET);
			break;
		default:
			break;
		}
	}
	dtp->dt_line_open = 0;
	if (!dtp->dt_opts.do_quiet && seg == cl->cl_nsegs - 1)
		fputc('\n', out);
	else if (!dtp->dt_opts.do_quiet)
		dtp->dt_line_open = rh->rh_epid;
	dtp->dt_last_epid = rh->rh_epid;
	if (commit != 0)
		dt_consume_specend(dtp, commit, 1);
	return 0;
}

/*
 * The ring buffer reader.  The kernel's BPF ring buffer is a consumer page
 * (ours to write: how far we have read), a producer page (how far the
 * kernel has written) and the data pages.  libbpf maps the data twice in a
 * row so that records wrapping at the end read as one piece; that doubles
 * the buffer in our resident set, so we map the data once and copy the rare
 * wrapping record into a bounce buffer.  Each record is an 8-byte header
 * (length with BUSY and DISCARD bits, page offset) and the data, padded
 * to 8 bytes.
 */
#define DT_RB_BUSY     (1U << 31)
#define DT_RB_DISCARD  (1U << 30)
#define DT_RB_HDRSZ    8

typedef struct dt_ring {
	unsigned long *dr_cons;   /* consumer page */
	unsigned long *dr_prod;   /* producer page, then the data */
	char *dr_data;
	size_t dr_size;           /* bytes of data, a power of 2 */
	size_t dr_pgsz;
	char *dr_bounce;          /* for records that wrap around */
} dt_ring_t;

int
dt_consume_open(dtrace_hdl_t *dtp)
{
	struct bpf_map_info info;
	uint32_t ilen = sizeof(info);
	dt_ring_t *r = calloc(1, sizeof(*r));

	memset(&info, 0, sizeof(info));
	if (r == NULL || bpf_obj_get_info_by_fd(dtp->dt_fd_ringbuf, &info,
	    &ilen) != 0) {
		free(r);
		return dt_set_errmsg(dtp, "failed to map the trace buffer: %s",
		    strerror(errno));
	}
	r->dr_pgsz = (size_t)sysconf(_SC_PAGESIZE);
	r->dr_size = info.max_entries;
	r->dr_cons = mmap(NULL, r->dr_pgsz, PROT_READ | PROT_WRITE, MAP_SHARED,
	    dtp->dt_fd_ringbuf, 0);
	r->dr_prod = mmap(NULL, r->dr_pgsz + r->dr_size, PROT_READ, MAP_SHARED,
	    dtp->dt_fd_ringbuf, (off_t)r->dr_pgsz);
	r->dr_bounce = malloc(r->dr_size);
	if (r->dr_cons == MAP_FAILED || r->dr_prod == MAP_FAILED ||
	    r->dr_bounce == NULL) {
		int err = errno;
		if (r->dr_cons != MAP_FAILED)
			munmap(r->dr_cons, r->dr_pgsz);
		if (r->dr_prod != MAP_FAILED)
			munmap(r->dr_prod, r->dr_pgsz + r->dr_size);
		free(r->dr_bounce);
		free(r);
		return dt_set_errmsg(dtp, "failed to map the trace buffer: %s",
		    strerror(err));
	}
	r->dr_data = (char *)r->dr_prod + r->dr_pgsz;
	dtp->dt_rb = r;
	return 0;
}

void
dt_consume_close(dtrace_hdl_t *dtp)
{
	dt_ring_t *r = dtp->dt_rb;

	if (r == NULL)
		return;
	munmap(r->dr_cons, r->dr_pgsz);
	munmap(r->dr_prod, r->dr_pgsz + r->dr_size);
	free(r->dr_bounce);
	free(r);
	dtp->dt_rb = NULL;
}

/* The enabled probe ID of the record at pos, if it is there: 0 if not. */
static uint32_t
dt_consume_peek(dt_ring_t *r, unsigned long pos, unsigned long prod)
{
	size_t mask = r->dr_size - 1;

	if (pos >= prod)
		return 0;
	uint32_t len = __atomic_load_n((uint32_t *)(r->dr_data + (pos & mask)),
	    __ATOMIC_ACQUIRE);
	if (len & (DT_RB_BUSY | DT_RB_DISCARD))
		return 0;
	return *(uint32_t *)(r->dr_data + ((pos + DT_RB_HDRSZ) & mask));
}

int
dt_consume(dtrace_hdl_t *dtp)
{
	dt_ring_t *r = dtp->dt_rb;

	if (r == NULL)
		return 0;
	size_t mask = r->dr_size - 1;
	unsigned long cons = __atomic_load_n(r->dr_cons, __ATOMIC_ACQUIRE);
	unsigned long prod = __atomic_load_n(r->dr_prod, __ATOMIC_ACQUIRE);

	while (cons < prod) {
		uint32_t *hdr = (uint32_t *)(r->dr_data + (cons & mask));
		uint32_t len = __atomic_load_n(hdr, __ATOMIC_ACQUIRE);
		if (len & DT_RB_BUSY)
			break;      /* being written: the next poll takes it */
		uint32_t n = len & ~(DT_RB_BUSY | DT_RB_DISCARD);
		if (!(len & DT_RB_DISCARD)) {
			size_t at = (cons + DT_RB_HDRSZ) & mask;
			char *p = r->dr_data + at;
			if (at + n > r->dr_size) {
				size_t first = r->dr_size - at;
				memcpy(r->dr_bounce, p, first);
				memcpy(r->dr_bounce + first, r->dr_data,
				    n - first);
				p = r->dr_bounce;
			}
			dt_consume_record(dtp, p, n, dt_consume_peek(r,
			    cons + ((DT_RB_HDRSZ + n + 7) & ~7UL), prod));
		}
		cons += (DT_RB_HDRSZ + n + 7) & ~7UL;
		__atomic_store_n(r->dr_cons, cons, __ATOMIC_RELEASE);
		if (cons >= prod)
			prod = __atomic_load_n(r->dr_prod, __ATOMIC_ACQUIRE);
	}
	fflush(dtp->dt_out);
	return 0;
}

/* Report drops counted since the last call, per CPU and in total. */
void
dt_consume_drops(dtrace_hdl_t *dtp)
{
	if (dtp->dt_fd_mstate < 0)
		return;
	char *row = calloc(1, dtp->dt_mstsize);
	uint64_t dyn = 0, specfail = 0, specdrop = 0;

	for (int cpu = 0; cpu < dtp->dt_ncpus && cpu < 1024; cpu++) {
		uint32_t key = (uint32_t)cpu;
		if (bpf_map_lookup_elem(dtp->dt_fd_mstate, &key, row) != 0)
			continue;
		uint64_t drops = *(uint64_t *)(row + DT_MST_NDROPS);
		uint64_t dd = *(uint64_t *)(row + DT_MST_NDYNDROPS);
		uint64_t ad = *(uint64_t *)(row + DT_MST_NAGGDROPS);
		uint64_t sf = *(uint64_t *)(row + DT_MST_NSPECFAIL);
		uint64_t sd = *(uint64_t *)(row + DT_MST_NSPECDROPS);
		if (sf > dtp->dt_lastdrops[3][cpu]) {
			specfail += sf - dtp->dt_lastdrops[3][cpu];
			dtp->dt_lastdrops[3][cpu] = sf;
		}
		if (sd > dtp->dt_lastdrops[4][cpu]) {
			specdrop += sd - dtp->dt_lastdrops[4][cpu];
			dtp->dt_lastdrops[4][cpu] = sd;
		}
		if (ad > dtp->dt_lastdrops[2][cpu]) {
			uint64_t n = ad - dtp->dt_lastdrops[2][cpu];
			dt_consume_msg(dtp, "%llu aggregation drop%s on CPU %d",
			    (unsigned long long)n, n > 1 ? "s" : "", cpu);
			dtp->dt_lastdrops[2][cpu] = ad;
		}
		/* under fill, a full buffer is not a drop (DTrace counts
		 * none) */
		if (drops > dtp->dt_lastdrops[0][cpu] &&
		    dtp->dt_opts.do_bufpolicy == DT_BUFPOLICY_FILL)
			dtp->dt_lastdrops[0][cpu] = drops;
		if (drops > dtp->dt_lastdrops[0][cpu]) {
			uint64_t n = drops - dtp->dt_lastdrops[0][cpu];
			dt_consume_msg(dtp, "%llu drop%s on CPU %d",
			    (unsigned long long)n, n > 1 ? "s" : "", cpu);
			dtp->dt_lastdrops[0][cpu] = drops;
		}
		if (dd > dtp->dt_lastdrops[1][cpu]) {
			dyn += dd - dtp->dt_lastdrops[1][cpu];
			dtp->dt_lastdrops[1][cpu] = dd;
		}
	}
	if (dyn > 0)
		dt_consume_msg(dtp, "%llu dynamic variable drop%s",
		    (unsigned long long)dyn, dyn > 1 ? "s" : "");
	if (specdrop > 0)
		dt_consume_msg(dtp, "%llu speculative drop%s",
		    (unsigned long long)specdrop, specdrop > 1 ? "s" : "");
	if (specfail > 0)
		dt_consume_msg(dtp, "%llu failed speculation%s (no speculative "
		    "buffer available)", (unsigned long long)specfail,
		    specfail > 1 ? "s" : "");
	free(row);
}
