/*
 * dt_bpf.c -- the kernel interface: the only file that makes bpf() and
 * perf_event_open() calls.
 *
 * It creates the maps the generated code refers to symbolically
 * (cg/dt_cg.h DT_MAPID_*), patches those references with real fds, loads
 * programs (retrying with the verifier log on failure), runs BEGIN/END
 * programs with BPF_PROG_TEST_RUN, and attaches programs to perf events.
 *
 * Every fd it opens is close-on-exec and owned by this process, so when
 * dtrace dies, even by SIGKILL, the kernel detaches everything.
 */
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <linux/membarrier.h>
#include <sys/syscall.h>
#include <linux/perf_event.h>
#include <linux/capability.h>
#include <linux/btf.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "../lib/dt_impl.h"
#include "../cg/dt_cg.h"
#include "../sema/dt_btf.h"

int
dt_bpf_num_cpus(void)
{
	int n = libbpf_num_possible_cpus();
	return n > 0 ? n : 1;
}

int
dt_bpf_check_privileges(dtrace_hdl_t *dtp)
{
	struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct data[2];

	memset(data, 0, sizeof(data));
	if (syscall(SYS_capget, &hdr, data) != 0)
		return 0;       /* cannot tell: let the kernel decide */
#define HASCAP(c) (data[(c) / 32].effective & (1u << ((c) % 32)))
	if (HASCAP(CAP_SYS_ADMIN))
		return 0;
	if (!HASCAP(CAP_BPF) && !HASCAP(CAP_PERFMON))
		return dt_set_errmsg(dtp, "insufficient privileges: tracing "
		    "needs CAP_BPF and CAP_PERFMON (or CAP_SYS_ADMIN); run as "
		    "root");
	if (!HASCAP(CAP_BPF))
		return dt_set_errmsg(dtp, "insufficient privileges: CAP_BPF "
		    "is missing");
	if (!HASCAP(CAP_PERFMON))
		return dt_set_errmsg(dtp, "insufficient privileges: "
		    "CAP_PERFMON is missing");
#undef HASCAP
	return 0;
}

static int
dt_bpf_map(dtrace_hdl_t *dtp, enum bpf_map_type type, const char *name,
    uint32_t ksz, uint32_t vsz, uint32_t n, uint32_t flags)
{
	LIBBPF_OPTS(bpf_map_create_opts, o, .map_flags = flags);
	int fd = bpf_map_create(type, name, ksz, vsz, n, &o);

	if (fd < 0) {
		int err = errno;
		if (err == EPERM)
			return dt_set_errmsg(dtp, "failed to create BPF map %s: "
			    "insufficient privileges (CAP_BPF is needed)", name);
		return dt_set_errmsg(dtp, "failed to create BPF map %s "
		    "(%u entries of %u bytes): %s", name, n, vsz, strerror(err));
	}
	return fd;
}

/* How many entries of 'per' bytes a budget of bytes holds, in [1, max]. */
static uint32_t
dt_bpf_entries(uint64_t budget, uint64_t per, uint32_t max)
{
	uint64_t n = budget / per;
	return n < 1 ? 1 : n > max ? max : (uint32_t)n;
}

/*
 * The trace buffer: one BPF ring buffer of bufsize bytes (rounded up to a
 * power of two pages, as the kernel wants).  As in DTrace, a buffer that
 * cannot hold the largest record is an error ("Enabling exceeds size of
 * buffer"; with bufpolicy=fill, END's records must fit too), and one the
 * kernel will not give is halved until it does (bufresize=auto); the size
 * we got is left in do_bufsize for dtrace(1) to report.
 */
#define DT_RINGBUF_MAX (1ULL << 30)
#define DT_RINGBUF_HDRSZ 8

static int
dt_bpf_ringbuf(dtrace_hdl_t *dtp)
{
	uint64_t want = dtp->dt_opts.do_bufsize, bs = 4096;
	uint32_t endsize = 0;

	for (uint32_t i = 1; i <= dtp->dt_nepids; i++) {
		dt_epid_t *ep = &dtp->dt_epids[i];
		if (ep->ep_probe != NULL && ep->ep_probe->pr_id == DT_PROBE_END &&
		    ep->ep_clause != NULL)
			endsize += DT_RINGBUF_HDRSZ + ep->ep_clause->cl_recsize;
	}
	if (dtp->dt_opts.do_bufpolicy == DT_BUFPOLICY_FILL && endsize > want)
		return dt_set_errmsg(dtp, "END enablings exceed size of "
		    "principal buffer");
	if (dtp->dt_nepids > 0 && want < DT_RINGBUF_HDRSZ + dtp->dt_recmax)
		return dt_set_errmsg(dtp, "Enabling exceeds size of buffer");
	while (bs < want && bs < DT_RINGBUF_MAX)
		bs <<= 1;
	for (;;) {
		LIBBPF_OPTS(bpf_map_create_opts, o);
		int fd = bpf_map_create(BPF_MAP_TYPE_RINGBUF, "dt_buffer", 0, 0,
		    (uint32_t)bs, &o);
		if (fd >= 0) {
			dtp->dt_fd_ringbuf = fd;
			break;
		}
		if ((errno != ENOMEM && errno != E2BIG) ||
		    bs / 2 < DT_RINGBUF_HDRSZ + dtp->dt_recmax || bs <= 4096)
			return dt_set_errmsg(dtp, "failed to create BPF map "
			    "dt_buffer (%llu bytes): %s", (unsigned long long)bs,
			    strerror(errno));
		bs /= 2;
	}
	if (bs < want)
		dtp->dt_opts.do_bufsize = bs;
	return 0;
}

int
dt_bpf_create_maps(dtrace_hdl_t *dtp)
{
	uint32_t ss = DT_STRBUF(dtp);
	uint32_t zero = 0;

	dtp->dt_ncpus = dt_bpf_num_cpus();
	/* the speculations' states share the globals' map value */
	if (dtp->dt_use_spec && dtp->dt_opts.do_nspec > DT_NSPEC_MAX)
		return dt_set_errmsg(dtp, "nspec is %llu: at most %u "
		    "speculations can be in use at once",
		    (unsigned long long)dtp->dt_opts.do_nspec, DT_NSPEC_MAX);
	dtp->dt_fd_globals = dt_bpf_map(dtp, BPF_MAP_TYPE_ARRAY, "dt_globals",
	    4, dt_cg_globals_size(dtp), 1, 0);
	if (dtp->dt_fd_globals < 0)
		return -1;
	/* whole cache lines (pairs of them, for the adjacent-line prefetcher)
	 * per CPU: rows that share a line make the CPUs fight over it */
	dtp->dt_mstsize = (dtp->dt_mstneed + 64 + 127) & ~127u;
	dtp->dt_fd_mstate = dt_bpf_map(dtp, BPF_MAP_TYPE_ARRAY, "dt_mstate", 4,
	    dtp->dt_mstsize, (uint32_t)dtp->dt_ncpus, 0);
	if (dtp->dt_fd_mstate < 0)
		return -1;

	/* string table: padded so any literal can be read strsize bytes */
	uint32_t stlen = (dtp->dt_strtablen + ss + 8 + 7) & ~7u;
	char *st = calloc(1, stlen);
	memcpy(st, dtp->dt_strtab, dtp->dt_strtablen);
	dtp->dt_fd_strtab = dt_bpf_map(dtp, BPF_MAP_TYPE_ARRAY, "dt_strtab", 4,
	    stlen, 1, BPF_F_RDONLY_PROG);
	if (dtp->dt_fd_strtab < 0) {
		free(st);
		return -1;
	}
	if (bpf_map_update_elem(dtp->dt_fd_strtab, &zero, st, 0) != 0 ||
	    bpf_map_freeze(dtp->dt_fd_strtab) != 0) {
		free(st);
		return dt_set_errmsg(dtp, "failed to fill the string table: %s",
		    strerror(errno));
	}
	free(st);

	if (dt_bpf_ringbuf(dtp) != 0)
		return -1;

	/* stack traces: 8192 distinct stacks of up to 127 frames (8 MB) */
	if (dtp->dt_use_stacks & 3) {
		dtp->dt_fd_stacks = dt_bpf_map(dtp, BPF_MAP_TYPE_STACK_TRACE,
		    "dt_stacks", 4, 8 * DT_STACK_MAXFRAMES, 8192, 0);
		if (dtp->dt_fd_stacks < 0)
			return -1;
	}

	for (int i = 0; i < dtp->dt_ndvars; i++) {
		dt_dvarmap_t *dm = &dtp->dt_dvars[i];
		char name[16];
		dm->dm_entries = dt_bpf_entries(dtp->dt_opts.do_dynvarsize,
		    dm->dm_keysize + dm->dm_valsize + 48, 1u << 24);
		snprintf(name, sizeof(name), "dt_dv_%.9s",
		    dm->dm_ident->di_name);
		dm->dm_fd = dt_bpf_map(dtp, BPF_MAP_TYPE_HASH, name,
		    dm->dm_keysize, dm->dm_valsize, dm->dm_entries, 0);
		if (dm->dm_fd < 0)
			return -1;
	}

	/* aggregations: per-CPU hashes; new entries are copied from an
	 * all-zero value.  As in DTrace, aggsize is the room of all of them
	 * together: each keyed one gets an equal share.  (The kernel fills
	 * each map's room in before the first probe fires, so giving each
	 * the whole of it cost 290 ms for bench/loadcost's 18; maps grown
	 * on demand instead drop updates in scheduler context.) */
	uint32_t maxval = 8, nkeyed = 0;
	for (int i = 0; i < dtp->dt_naggs; i++)
		nkeyed += !dtp->dt_aggs[i]->ag_array;
	for (int i = 0; i < dtp->dt_naggs; i++) {
		dt_agg_t *ag = dtp->dt_aggs[i];
		uint32_t n = dt_bpf_entries(dtp->dt_opts.do_aggsize /
		    (nkeyed ? nkeyed : 1), ag->ag_keysize + ag->ag_valsize + 64,
		    1u << 26);
		char name[16];
		snprintf(name, sizeof(name), "dt_ag_%.9s", ag->ag_name[0] ?
		    ag->ag_name : "_");
		for (int b = 0; b < (ag->ag_dbuf ? 2 : 1); b++) {
			if (ag->ag_array)
				ag->ag_fds[b] = dt_bpf_map(dtp,
				    BPF_MAP_TYPE_PERCPU_ARRAY, name, 4,
				    8 + ag->ag_valsize, 1, 0);
			else
				ag->ag_fds[b] = dt_bpf_map(dtp,
				    BPF_MAP_TYPE_PERCPU_HASH, name,
				    ag->ag_keysize, ag->ag_valsize, n, 0);
			if (ag->ag_fds[b] < 0)
				return -1;
		}
		ag->ag_sel = 0;
		ag->ag_fd = ag->ag_fds[0];
		if (ag->ag_valsize > maxval)
			maxval = ag->ag_valsize;
	}
	int ndbuf = 0;
	for (int i = 0; i < dtp->dt_naggs; i++)
		ndbuf += dtp->dt_aggs[i]->ag_dbuf;
	if (ndbuf > 0) {
		dtp->dt_fd_aggsel = dt_bpf_map(dtp, BPF_MAP_TYPE_ARRAY,
		    "dt_aggsel", 4, 8 * (uint32_t)dtp->dt_naggs, 1, 0);
		if (dtp->dt_fd_aggsel < 0)
			return -1;
	}
	/* ... and dynamic variables of struct type: what they read as
	 * before they exist, and their first value (cg/dt_cg_ref.c) */
	int nsou = 0;
	for (int i = 0; i < dtp->dt_ndvars; i++) {
		dt_dvarmap_t *dm = &dtp->dt_dvars[i];
		if (!dt_type_is_sou(dm->dm_ident->di_type))
			continue;
		nsou++;
		if (dm->dm_valsize > maxval)
			maxval = dm->dm_valsize;
	}
	if (dtp->dt_naggs > 0 || nsou > 0) {
		dtp->dt_fd_zero = dt_bpf_map(dtp, BPF_MAP_TYPE_ARRAY, "dt_zero",
		    4, maxval, 1, BPF_F_RDONLY_PROG);
		if (dtp->dt_fd_zero < 0)
			return -1;
	}
	return 0;
}

static int
dt_bpf_mapfd(dtrace_hdl_t *dtp, int mapid)
{
	switch (mapid) {
	case DT_MAPID_GLOBALS: return dtp->dt_fd_globals;
	case DT_MAPID_MSTATE: return dtp->dt_fd_mstate;
	case DT_MAPID_STRTAB: return dtp->dt_fd_strtab;
	case DT_MAPID_RINGBUF: return dtp->dt_fd_ringbuf;
	case DT_MAPID_ZERO: return dtp->dt_fd_zero;
	case DT_MAPID_STACKS: return dtp->dt_fd_stacks;
	case DT_MAPID_AGGSEL: return dtp->dt_fd_aggsel;
	default:
		if (mapid >= DT_MAPID_AGG2 && mapid - DT_MAPID_AGG2 < dtp->dt_naggs)
			return dtp->dt_aggs[mapid - DT_MAPID_AGG2]->ag_fds[1];
		if (mapid >= DT_MAPID_AGG && mapid - DT_MAPID_AGG < dtp->dt_naggs)
			return dtp->dt_aggs[mapid - DT_MAPID_AGG]->ag_fds[0];
		if (mapid >= DT_MAPID_DVAR && mapid - DT_MAPID_DVAR < dtp->dt_ndvars)
			return dtp->dt_dvars[mapid - DT_MAPID_DVAR].dm_fd;
		return -1;
	}
}

/* Replace symbolic map ids in ld_imm64 instructions by fds. */
static void
dt_bpf_relocate(dtrace_hdl_t *dtp, struct bpf_insn *insns, int n)
{
	for (int i = 0; i + 1 < n; i++) {
		struct bpf_insn *in = &insns[i];
		if (in->code != (BPF_LD | BPF_DW | BPF_IMM))
			continue;
		if (in->src_reg == BPF_PSEUDO_MAP_FD ||
		    in->src_reg == BPF_PSEUDO_MAP_VALUE)
			in->imm = dt_bpf_mapfd(dtp, in->imm);
		i++;
	}
}

/*
 * From a verifier log, say which clause was being checked when the program
 * was rejected (the last instruction the log shows) and why (the log's last
 * message, before its statistics).
 */
static void
dt_bpf_log_blame(const dt_probe_t *pr, const char *log, char *where,
    size_t wsz, char *why, size_t ysz)
{
	long last = -1;
	const char *reason = NULL, *rend = NULL;

	for (const char *l = log; l != NULL && *l != '\0'; ) {
		const char *e = strchr(l, '\n');
		size_t len = e ? (size_t)(e - l) : strlen(l);
		char *end;
		long n = strtol(l, &end, 10);
		if (end != l && *end == ':' && n >= 0)
			last = n;
		if (len > 0 && strncmp(l, "processed ", 10) != 0 &&
		    strncmp(l, "verification time", 17) != 0 &&
		    strncmp(l, "stack depth", 11) != 0) {
			reason = l;
			rend = l + len;
		}
		l = e ? e + 1 : NULL;
	}
	why[0] = '\0';
	if (reason != NULL)
		snprintf(why, ysz, "%.*s", (int)(rend - reason), reason);

	const dt_clause_t *cl = NULL;
	if (last >= 0 && last < pr->pr_ninsns && pr->pr_insncl != NULL)
		cl = pr->pr_insncl[last];
	if (cl != NULL)
		snprintf(where, wsz, "clause #%d (%s, line %d)",
		    cl->cl_index + 1, cl->cl_desctext, cl->cl_node->dn_line);
	else
		snprintf(where, wsz, "the probe's %s", last >= 0 ?
		    "entry code" : "program");
}

/*
 * A program with bpf_loop() callbacks needs BTF naming each of its
 * functions: the main program and the callbacks, all static, described
 * once per handle by this small blob.
 */
enum { DT_BTF_INT = 1, DT_BTF_PTR, DT_BTF_CBPROTO, DT_BTF_MAINPROTO,
    DT_BTF_MAIN, DT_BTF_CB };

static int
dt_bpf_progbtf(dtrace_hdl_t *dtp)
{
	static const char strs[] = "\0int\0i\0ctx\0dt_main\0dt_loop";
	enum { S_INT = 1, S_I = 5, S_CTX = 7, S_MAIN = 11, S_CB = 19 };
	uint32_t types[] = {
		/* 1: int */
		S_INT, BTF_KIND_INT << 24, 4, 1u << 24 | 32,
		/* 2: void * */
		0, BTF_KIND_PTR << 24, 0,
		/* 3: int (int i, void *ctx) */
		0, BTF_KIND_FUNC_PROTO << 24 | 2, DT_BTF_INT,
		S_I, DT_BTF_INT, S_CTX, DT_BTF_PTR,
		/* 4: int (void *ctx) */
		0, BTF_KIND_FUNC_PROTO << 24 | 1, DT_BTF_INT, S_CTX, DT_BTF_PTR,
		/* 5, 6: the functions */
		S_MAIN, BTF_KIND_FUNC << 24, DT_BTF_MAINPROTO,
		S_CB, BTF_KIND_FUNC << 24, DT_BTF_CBPROTO,
	};
	struct btf_header h = {
		.magic = BTF_MAGIC, .version = BTF_VERSION,
		.hdr_len = sizeof(h), .type_off = 0,
		.type_len = sizeof(types), .str_off = sizeof(types),
		.str_len = sizeof(strs),
	};
	char blob[sizeof(h) + sizeof(types) + sizeof(strs)];

	if (dtp->dt_fd_progbtf >= 0)
		return dtp->dt_fd_progbtf;
	memcpy(blob, &h, sizeof(h));
	memcpy(blob + sizeof(h), types, sizeof(types));
	memcpy(blob + sizeof(h) + sizeof(types), strs, sizeof(strs));
	dtp->dt_fd_progbtf = bpf_btf_load(blob, sizeof(blob), NULL);
	return dtp->dt_fd_progbtf;
}

/* the function info of a program with callbacks (NULL and 0 without) */
static struct bpf_func_info *
dt_bpf_funcinfo(const struct bpf_insn *insns, int n, uint32_t *cnt)
{
	struct bpf_func_info *fi = NULL;
	uint32_t k = 0;

	for (int i = 0; i < n; i++) {
		if (insns[i].code != (BPF_LD | BPF_DW | BPF_IMM))
			continue;
		if (insns[i++].src_reg != BPF_PSEUDO_FUNC)
			continue;
		uint32_t at = (uint32_t)(i + insns[i - 1].imm);
		if (fi == NULL) {
			fi = calloc((size_t)n + 1, sizeof(*fi));
			fi[k++] = (struct bpf_func_info){ 0, DT_BTF_MAIN };
		}
		uint32_t j = k;
		while (j > 1 && fi[j - 1].insn_off > at)
			j--;
		if (fi[j - 1].insn_off == at)
			continue;
		memmove(&fi[j + 1], &fi[j], (k - j) * sizeof(*fi));
		fi[j] = (struct bpf_func_info){ at, DT_BTF_CB };
		k++;
	}
	*cnt = k;
	return fi;
}

int
dt_bpf_load_probe(dtrace_hdl_t *dtp, dt_probe_t *pr)
{
	enum bpf_prog_type type = pr->pr_prov->pv_ops->po_progtype(pr);
	struct bpf_insn *insns = malloc(pr->pr_ninsns * sizeof(*insns));
	char name[16];

	memcpy(insns, pr->pr_insns, pr->pr_ninsns * sizeof(*insns));
	dt_bpf_relocate(dtp, insns, pr->pr_ninsns);
	snprintf(name, sizeof(name), "dt_%u", pr->pr_id);

	LIBBPF_OPTS(bpf_prog_load_opts, o);
	if (pr->pr_prov->pv_ops->po_loadopts != NULL)
		pr->pr_prov->pv_ops->po_loadopts(pr, &o);
	uint32_t nfi;
	struct bpf_func_info *fi = dt_bpf_funcinfo(insns, pr->pr_ninsns, &nfi);
	if (fi != NULL) {
		int btf = dt_bpf_progbtf(dtp);
		if (btf < 0) {
			free(fi);
			free(insns);
			return dt_set_errmsg(dtp, "failed to load program for "
			    "%s:%s:%s:%s: the kernel refused its BTF (%s): "
			    "string subroutines need bpf_loop()",
			    pr->pr_prov->pv_name, pr->pr_mod, pr->pr_func,
			    pr->pr_name, strerror(errno));
		}
		o.prog_btf_fd = (uint32_t)btf;
		o.func_info = fi;
		o.func_info_cnt = nfi;
		o.func_info_rec_size = sizeof(*fi);
	}
	int fd = bpf_prog_load(type, name, "GPL", insns, pr->pr_ninsns, &o);
	if (fd < 0) {
		int err = errno;
		size_t loglen = 1 << 22;
		char *log = calloc(1, loglen);
		LIBBPF_OPTS(bpf_prog_load_opts, lo, .log_buf = log,
		    .log_size = (uint32_t)loglen, .log_level = 1,
		    .expected_attach_type = o.expected_attach_type,
		    .attach_btf_id = o.attach_btf_id,
		    .prog_btf_fd = o.prog_btf_fd, .func_info = o.func_info,
		    .func_info_cnt = o.func_info_cnt,
		    .func_info_rec_size = o.func_info_rec_size);
		int retry = bpf_prog_load(type, name, "GPL", insns,
		    pr->pr_ninsns, &lo);
		if (retry >= 0) {
			close(retry);
			log[0] = '\0';
		}
		free(dtp->dt_verifier_log);
		dtp->dt_verifier_log = log;
		free(insns);
		free(fi);
		/* a kernel without BPF trampolines refuses fentry programs
		 * with EPERM (or ENOTSUPP, 524) whatever the privileges */
		if (type == BPF_PROG_TYPE_TRACING && (err == EPERM ||
		    err == 524 || err == EINVAL) && log[0] == '\0')
			return dt_set_errmsg(dtp, "failed to load program for "
			    "%s:%s:%s:%s: the kernel refused an fentry/fexit "
			    "program (%s): it cannot run BPF trampolines "
			    "(-x fbtmode=kprobe uses kprobes)",
			    pr->pr_prov->pv_name, pr->pr_mod, pr->pr_func,
			    pr->pr_name, err == 524 ? "not supported" :
			    strerror(err));
		if (err == EPERM)
			return dt_set_errmsg(dtp, "failed to load program for "
			    "%s:%s:%s:%s: insufficient privileges (CAP_BPF and "
			    "CAP_PERFMON are needed)", pr->pr_prov->pv_name,
			    pr->pr_mod, pr->pr_func, pr->pr_name);
		char where[256], why[256];
		dt_bpf_log_blame(pr, log, where, sizeof(where), why,
		    sizeof(why));
		return dt_set_errmsg(dtp, "failed to load program for "
		    "%s:%s:%s:%s: the BPF verifier rejected %s%s%s (%s); this "
		    "is a bug in dtrace's code generator%s",
		    pr->pr_prov->pv_name, pr->pr_mod, pr->pr_func,
		    pr->pr_name, where, why[0] ? ": " : "", why, strerror(err),
		    dtp->dt_opts.do_verbose ? "" : " (-v shows the log)");
	}
	free(insns);
	free(fi);
	pr->pr_progfd = fd;
	return 0;
}

int
dt_bpf_run_prog(dtrace_hdl_t *dtp, int progfd)
{
	uint64_t ctx[10] = { 0 };
	LIBBPF_OPTS(bpf_test_run_opts, o, .ctx_in = ctx,
	    .ctx_size_in = sizeof(ctx));

	if (bpf_prog_test_run_opts(progfd, &o) != 0)
		return dt_set_errmsg(dtp, "failed to run program: %s",
		    strerror(errno));
	return 0;
}

static int
dt_bpf_addlink(dt_probe_t *pr, int fd)
{
	pr->pr_links = realloc(pr->pr_links, (pr->pr_nlinks + 1) * sizeof(int));
	pr->pr_links[pr->pr_nlinks++] = fd;
	return 0;
}

/* Run pr's program on the perf event fd, enabled; the probe owns fd. */
static int
dt_bpf_perf_bind(dtrace_hdl_t *dtp, dt_probe_t *pr, int fd)
{
	if (ioctl(fd, PERF_EVENT_IOC_SET_BPF, pr->pr_progfd) != 0 ||
	    ioctl(fd, PERF_EVENT_IOC_ENABLE, 0) != 0) {
		int err = errno;
		close(fd);
		return dt_set_errmsg(dtp, "failed to attach %s:%s:%s:%s: %s",
		    pr->pr_prov->pv_name, pr->pr_mod, pr->pr_func, pr->pr_name,
		    strerror(err));
	}
	return dt_bpf_addlink(pr, fd);
}

int
dt_bpf_perf_attach(dtrace_hdl_t *dtp, dt_probe_t *pr, int cpu, uint32_t type,
    uint64_t config, uint64_t period)
{
	struct perf_event_attr attr;

	memset(&attr, 0, sizeof(attr));
	attr.size = sizeof(attr);
	attr.type = type;
	attr.config = config;
	attr.sample_period = period;
	attr.disabled = 1;
	int fd = (int)syscall(SYS_perf_event_open, &attr, -1, cpu, -1,
	    PERF_FLAG_FD_CLOEXEC);
	if (fd < 0) {
		if (errno == ENODEV || errno == ENXIO)
			return 0;   /* offline CPU */
		return dt_set_errmsg(dtp, "failed to enable %s:%s:%s:%s: "
		    "perf_event_open: %s", pr->pr_prov->pv_name, pr->pr_mod,
		    pr->pr_func, pr->pr_name, strerror(errno));
	}
	return dt_bpf_perf_bind(dtp, pr, fd);
}

/* Attach pr's program to the raw tracepoint tp (e.g. "sys_enter"). */
int
dt_bpf_rawtp_attach(dtrace_hdl_t *dtp, dt_probe_t *pr, const char *tp)
{
	int fd = bpf_raw_tracepoint_open(tp, pr->pr_progfd);
	if (fd < 0)
		return dt_set_errmsg(dtp, "failed to attach %s:%s:%s:%s to "
		    "raw tracepoint %s: %s", pr->pr_prov->pv_name, pr->pr_mod,
		    pr->pr_func, pr->pr_name, tp, strerror(errno));
	return dt_bpf_addlink(pr, fd);
}

/* Attach pr's fentry/fexit program (its target is in the program). */
int
dt_bpf_tracing_attach(dtrace_hdl_t *dtp, dt_probe_t *pr)
{
	int fd = bpf_raw_tracepoint_open(NULL, pr->pr_progfd);
	if (fd < 0)
		return dt_set_errmsg(dtp, "failed to attach %s:%s:%s:%s: %s",
		    pr->pr_prov->pv_name, pr->pr_mod, pr->pr_func, pr->pr_name,
		    strerror(errno));
	return dt_bpf_addlink(pr, fd);
}

#define DT_KPROBE_PMU "/sys/bus/event_source/devices/kprobe"

int
dt_bpf_has_kprobes(void)
{
	return access(DT_KPROBE_PMU "/type", F_OK) == 0;
}

/* a number from a sysfs file ("6\n", "config:0\n" after the colon) */
static int
dt_bpf_sysfs_num(const char *path, const char *after)
{
	char buf[64];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n = fd >= 0 ? read(fd, buf, sizeof(buf) - 1) : -1;

	if (fd >= 0)
		close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	const char *p = after != NULL ? strstr(buf, after) : buf;
	if (p == NULL)
		return -1;
	p += after != NULL ? strlen(after) : 0;
	return *p >= '0' && *p <= '9' ? atoi(p) : -1;
}

/* Attach pr's kprobe program to the entry (or return) of kernel function
 * func, through the kprobe PMU: no tracefs kprobe_events to clean up. */
int
dt_bpf_kprobe_attach(dtrace_hdl_t *dtp, dt_probe_t *pr, const char *func,
    int retprobe)
{
	struct perf_event_attr attr;
	int type = dt_bpf_sysfs_num(DT_KPROBE_PMU "/type", NULL);
	int bit = retprobe ? dt_bpf_sysfs_num(DT_KPROBE_PMU
	    "/format/retprobe", "config:") : 0;

	if (type < 0 || bit < 0 || bit > 63)
		return dt_set_errmsg(dtp, "failed to enable %s:%s:%s:%s: this "
		    "kernel has no kprobes (%s is missing)",
		    pr->pr_prov->pv_name, pr->pr_mod, pr->pr_func, pr->pr_name,
		    DT_KPROBE_PMU);
	memset(&attr, 0, sizeof(attr));
	attr.size = sizeof(attr);
	attr.type = (uint32_t)type;
	attr.config = retprobe ? 1ULL << bit : 0;
	attr.config1 = (uint64_t)(uintptr_t)func;   /* kprobe_func */
	attr.config2 = 0;                           /* probe_offset */
	attr.sample_period = 1;
	attr.disabled = 1;
	int fd = (int)syscall(SYS_perf_event_open, &attr, -1, 0, -1,
	    PERF_FLAG_FD_CLOEXEC);
	if (fd < 0)
		return dt_set_errmsg(dtp, "failed to enable %s:%s:%s:%s: "
		    "kprobe on %s: %s", pr->pr_prov->pv_name, pr->pr_mod,
		    pr->pr_func, pr->pr_name, func, strerror(errno));
	return dt_bpf_perf_bind(dtp, pr, fd);
}

void
dt_bpf_detach_all(dtrace_hdl_t *dtp)
{
	int detached = 0;

	for (uint32_t i = 1; i <= dtp->dt_nprobes; i++) {
		dt_probe_t *pr = dtp->dt_probes[i];
		if (pr == NULL)
			continue;
		detached += pr->pr_nlinks;
		for (int j = 0; j < pr->pr_nlinks; j++) {
			ioctl(pr->pr_links[j], PERF_EVENT_IOC_DISABLE, 0);
			close(pr->pr_links[j]);
		}
		free(pr->pr_links);
		pr->pr_links = NULL;
		pr->pr_nlinks = 0;
	}
	/*
	 * A program may still be running on another CPU: wait for an RCU
	 * grace period (probe programs run inside RCU read sections), so that
	 * END and the final read of the aggregations see its updates.
	 */
	if (detached > 0)
		dt_bpf_sync();
}

/* Offsets of task_struct members used by built-in variables, from BTF. */
int
dt_bpf_task_offsets(dtrace_hdl_t *dtp)
{
	static const struct {
		const char *type;
		const char *path;
		size_t field;
	} want[] = {
		{ "task_struct", "real_parent",
		    offsetof(dtrace_hdl_t, dt_off_real_parent) },
		{ "task_struct", "tgid", offsetof(dtrace_hdl_t, dt_off_tgid) },
		{ "task_struct", "pid", offsetof(dtrace_hdl_t, dt_off_pid) },
		{ "task_struct", "comm", offsetof(dtrace_hdl_t, dt_off_comm) },
		{ "task_struct", "exit_code",
		    offsetof(dtrace_hdl_t, dt_off_exit_code) },
		{ "task_struct", "cred", offsetof(dtrace_hdl_t, dt_off_cred) },
		{ "task_struct", "se.sum_exec_runtime",
		    offsetof(dtrace_hdl_t, dt_off_sum_exec) },
		{ "task_struct", "se.exec_start",
		    offsetof(dtrace_hdl_t, dt_off_exec_start) },
		{ "task_struct", "signal", offsetof(dtrace_hdl_t, dt_off_signal) },
		{ "signal_struct", "group_exit_code",
		    offsetof(dtrace_hdl_t, dt_off_group_exit_code) },
		{ "cred", "uid", offsetof(dtrace_hdl_t, dt_off_cred_uid) },
		{ "cred", "gid", offsetof(dtrace_hdl_t, dt_off_cred_gid) },
	};
	if (dtp->dt_off_tgid != 0)
		return 0;       /* done already */
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		long off = dt_btf_offsetof(dtp, want[i].type, want[i].path);
		if (off < 0)
			return dt_set_errmsg(dtp, dtp->dt_btf == NULL ?
			    "cannot read kernel BTF (/sys/kernel/btf/vmlinux), "
			    "needed for thread data" : "kernel BTF lacks %s.%s",
			    want[i].type, want[i].path);
		*(uint32_t *)((char *)dtp + want[i].field) = (uint32_t)off;
	}
	return 0;
}

/* Can this kernel run fentry programs?  Load one on vfs_read and see. */
int
dt_bpf_has_fentry(dtrace_hdl_t *dtp)
{
	int id = dt_btf_func_id(dtp, "vfs_read");
	if (id <= 0)
		return 0;
	struct bpf_insn insns[] = {
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = 0 },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	LIBBPF_OPTS(bpf_prog_load_opts, o,
	    .expected_attach_type = BPF_TRACE_FENTRY,
	    .attach_btf_id = (uint32_t)id);
	int fd = bpf_prog_load(BPF_PROG_TYPE_TRACING, "dt_fentry", "GPL", insns,
	    2, &o);
	if (fd < 0)
		return 0;
	close(fd);
	return 1;
}

/*
 * May programs write user memory (bpf_probe_write_user(), for copyout())?
 * Not under kernel lockdown, nor without CAP_SYS_ADMIN: load one that
 * calls it and see.
 */
int
dt_bpf_has_write_user(void)
{
	struct bpf_insn insns[] = {
		/* *(u64 *)(fp - 8) = 0; write_user(0, fp - 8, 1); return 0 */
		{ .code = BPF_ST | BPF_MEM | BPF_DW, .dst_reg = 10, .off = -8 },
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 1, .imm = 0 },
		{ .code = BPF_ALU64 | BPF_MOV | BPF_X, .dst_reg = 2,
		    .src_reg = 10 },
		{ .code = BPF_ALU64 | BPF_ADD | BPF_K, .dst_reg = 2, .imm = -8 },
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 3, .imm = 1 },
		{ .code = BPF_JMP | BPF_CALL, .imm = BPF_FUNC_probe_write_user },
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = 0 },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	int fd = bpf_prog_load(BPF_PROG_TYPE_RAW_TRACEPOINT, "dt_wruser",
	    "GPL", insns, sizeof(insns) / sizeof(insns[0]), NULL);
	if (fd < 0)
		return 0;
	close(fd);
	return 1;
}

/* Wait until no probe program started before this call is still running
 * (an RCU grace period: the programs run inside RCU read sections). */
void
dt_bpf_sync(void)
{
	syscall(__NR_membarrier, MEMBARRIER_CMD_GLOBAL, 0, 0);
}
