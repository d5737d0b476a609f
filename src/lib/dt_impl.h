/*
 * dt_impl.h -- the library's internal state, shared by every stage.
 *
 * The pipeline, one directory per stage:
 *
 *   parse/   text -> AST                    (dt_lex.c, dt_parse.c)
 *   sema/    AST -> typed AST, identifiers  (dt_sema.c, dt_ident.c, dt_types.c)
 *   cg/      typed AST -> BPF per probe     (dt_cg.c, dt_dis.c)
 *   bpf/     maps, program load, attach     (dt_bpf.c: the only file that
 *                                            makes bpf() / perf syscalls)
 *   prov/    providers: probe tables, argument trampolines, attach hooks
 *   consume/ ring buffer -> records -> text (dt_consume.c, dt_printf.c)
 *   lib/     the handle, options, program compile driver, errors
 *
 * Everything hangs off one dtrace_hdl_t.  Library code never prints to the
 * terminal and never exits: it returns -1 and leaves a message in
 * dt_errmsg (see dt_set_errmsg); only cmd/dtrace.c talks to the user.
 */
#ifndef DT_IMPL_H
#define DT_IMPL_H

#include <stdint.h>
#include <stdio.h>
#include <stdarg.h>
#include <linux/bpf.h>

struct bpf_prog_load_opts;
#include "../parse/dt_parse.h"
#include "../sema/dt_types.h"

typedef struct dtrace_hdl dtrace_hdl_t;
typedef struct dt_probe dt_probe_t;
typedef struct dt_provider dt_provider_t;
typedef struct dt_clause dt_clause_t;
struct dt_cg;

/* ---- options (dt_options.c) ---------------------------------------- */

typedef struct dt_opts {
	int do_quiet;
	int do_errtags;
	int do_destructive;
	int do_zdefs;          /* -Z: allow descriptions that match nothing */
	int do_argref;         /* unreferenced macro arguments are fine */
	int do_flowindent;
	int do_rawbytes;
	int do_verbose;        /* -v */
	int do_defaultargs;
	uint64_t do_strsize;
	uint64_t do_dynvarsize;
	uint64_t do_bufsize;
	uint64_t do_switchrate; /* ns between polls of the buffer */
	uint64_t do_stackframes;
	uint64_t do_ustackframes;
	uint64_t do_loopmax;   /* iterations of a loop without a known bound */
	uint64_t do_nspec;
	uint64_t do_specsize;
	uint64_t do_aggsize;
	uint64_t do_aggrate;
	int do_aggsortkey;
	int do_aggsortrev;
	uint64_t do_aggsortpos;
	uint64_t do_aggsortkeypos;
	uint64_t do_cleanrate;
	uint64_t do_statusrate;
	int do_bufpolicy;      /* DT_BUFPOLICY_* */
	int do_fbtmode;        /* DT_FBT_*: how fbt probes attach */
} dt_opts_t;

/* do_bufpolicy: the index of the word in dt_options.c */
#define DT_BUFPOLICY_SWITCH 0
#define DT_BUFPOLICY_FILL 1
#define DT_BUFPOLICY_RING 2

/* do_fbtmode: fentry/fexit where the kernel has them, else kprobes */
#define DT_FBT_AUTO 0
#define DT_FBT_FENTRY 1
#define DT_FBT_KPROBE 2

int dt_opt_set(dtrace_hdl_t *, const char *name, const char *value);
void dt_opt_clamp(dtrace_hdl_t *);
void dt_sema_agg_layout(dtrace_hdl_t *);

/* Bytes of a string buffer: strsize characters and the terminating NUL
 * (DTrace's strsize counts characters). */
#define DT_STRBUF(dtp) ((uint32_t)(dtp)->dt_opts.do_strsize + 1)

/* ---- identifiers (sema/dt_ident.c) ------------------------------------ */

typedef enum dt_idkind {
	DT_IDK_BUILTIN,   /* built-in variable: di_id is DT_VAR_* */
	DT_IDK_SCALAR,    /* user scalar variable (global, self or this) */
	DT_IDK_ARRAY,     /* associative array (global or self) */
	DT_IDK_FUNC,      /* action or subroutine: di_id is DT_FN_* */
	DT_IDK_INLINE,    /* inline name = expr */
	DT_IDK_ENUM,      /* enumerator constant */
	DT_IDK_AGG,       /* aggregation (issue: aggregations) */
	DT_IDK_KSYM,      /* kernel symbol: di_id its BTF VAR id, di_value 1
	                   * if per-CPU; or di_id 0, di_value the address of
	                   * a function (only &`name) */
} dt_idkind_t;

typedef enum dt_idscope {
	DT_IDS_GLOBAL, DT_IDS_SELF, DT_IDS_THIS,
} dt_idscope_t;

#define DT_MAX_KEYS 16

#define DT_IDF_DECL   0x1  /* declared explicitly */
#define DT_IDF_WRITE  0x2  /* assigned somewhere */
#define DT_IDF_READ   0x4  /* read somewhere */

typedef struct dt_ident {
	char *di_name;
	dt_idkind_t di_kind;
	dt_idscope_t di_scope;
	dt_type_t *di_type;          /* value type (return type for FUNC) */
	int di_id;                   /* DT_VAR_* / DT_FN_* */
	int di_flags;                /* DT_IDF_* */
	uint32_t di_offset;          /* GLOBAL/THIS scalar: offset in area */
	int di_nkeys;                /* ARRAY: number of key columns */
	dt_type_t *di_keys[DT_MAX_KEYS];
	int di_map;                  /* SELF scalar / ARRAY: dvar map index */
	uint32_t di_keysize;         /* ARRAY/SELF: map key size */
	dt_node_t *di_inline;        /* INLINE: the expression */
	int64_t di_value;            /* ENUM: its value */
	int di_line;                 /* where it was first seen */
	struct dt_ident *di_next;
} dt_ident_t;

/* Built-in variables. */
typedef enum dt_var {
	DT_VAR_ARG0, DT_VAR_ARG1, DT_VAR_ARG2, DT_VAR_ARG3, DT_VAR_ARG4,
	DT_VAR_ARG5, DT_VAR_ARG6, DT_VAR_ARG7, DT_VAR_ARG8, DT_VAR_ARG9,
	DT_VAR_TIMESTAMP, DT_VAR_VTIMESTAMP, DT_VAR_WALLTIMESTAMP,
	DT_VAR_PID, DT_VAR_TID, DT_VAR_PPID, DT_VAR_UID, DT_VAR_GID,
	DT_VAR_EXECNAME, DT_VAR_CPU, DT_VAR_PROBEPROV, DT_VAR_PROBEMOD,
	DT_VAR_PROBEFUNC, DT_VAR_PROBENAME, DT_VAR_EPID, DT_VAR_ID,
	DT_VAR_CURTHREAD, DT_VAR_ERRNO,
} dt_var_t;

/* Actions and subroutines. */
typedef enum dt_fn {
	DT_FN_TRACE, DT_FN_PRINTF, DT_FN_EXIT,
	/* aggregating functions: only as the value of @x[...] = */
	DT_FN_COUNT, DT_FN_SUM, DT_FN_AVG, DT_FN_MIN, DT_FN_MAX, DT_FN_STDDEV,
	DT_FN_QUANTIZE, DT_FN_LQUANTIZE, DT_FN_LLQUANTIZE,
	/* actions on aggregations */
	DT_FN_PRINTA, DT_FN_CLEAR, DT_FN_TRUNC, DT_FN_NORMALIZE,
	DT_FN_DENORMALIZE, DT_FN_SETOPT,
	/* subroutines */
	DT_FN_STACK, DT_FN_USTACK, DT_FN_SYM, DT_FN_FUNC, DT_FN_MOD,
	DT_FN_USYM, DT_FN_UFUNC, DT_FN_UMOD, DT_FN_UADDR,
	/* internal, for translators and args[] */
	DT_FN_COPYINSTR, DT_FN_STRLEN, DT_FN_STRJOIN, DT_FN_SUBSTR,
	DT_FN_INDEX, DT_FN_RINDEX, DT_FN_STRSTR, DT_FN_STRCHR, DT_FN_STRRCHR,
	DT_FN_TOUPPER, DT_FN_TOLOWER,
	DT_FN_NTOHS, DT_FN_NTOHL, DT_FN_NTOHLL, DT_FN_HTONS, DT_FN_HTONL,
	DT_FN_HTONLL, DT_FN_LLTOSTR, DT_FN_STRTOLL, DT_FN_INET_NTOA,
	DT_FN_INET_NTOA6, DT_FN_INET_NTOP, DT_FN_BASENAME, DT_FN_DIRNAME,
	DT_FN_CLEANPATH, DT_FN_STRTOK,
	DT_FN_ALLOCA, DT_FN_COPYIN, DT_FN_COPYINTO, DT_FN_BCOPY, DT_FN_RAND,
	DT_FN_PROGENYOF, DT_FN_D_PATH, DT_FN_D_PATH2, DT_FN_SPECULATION,
	DT_FN_COPYOUT, DT_FN_COPYOUTSTR,   /* destructive */
	DT_FN_SPECULATE, DT_FN_COMMIT, DT_FN_DISCARD,
	DT_FN_PSARGS,        /* __psargs(task): its command line, as psinfo */
	DT_FN_CTXWORD,       /* argument i of a raw tracepoint (not named) */
	/* data actions */
	DT_FN_PRINT, DT_FN_TRACEMEM,
	/* destructive actions (need -w), and those refused outright */
	DT_FN_STOP, DT_FN_RAISE, DT_FN_SYSTEM, DT_FN_FREOPEN, DT_FN_CHILL,
	DT_FN_FTRUNCATE, DT_FN_PANIC, DT_FN_BREAKPOINT,
} dt_fn_t;

#define DT_FN_ISAGG(f) ((f) >= DT_FN_COUNT && (f) <= DT_FN_LLQUANTIZE)
/* subroutines with a prototype table (sema), generated by cg/dt_cg_str.c
 * (strings) and cg/dt_cg_subr.c (memory, processes) */
#define DT_FN_ISSTR(f) ((f) >= DT_FN_COPYINSTR && (f) <= DT_FN_STRTOK)
#define DT_FN_ISSUBR(f) ((f) >= DT_FN_ALLOCA && (f) <= DT_FN_COPYOUTSTR)
#define DT_FN_ISSPEC(f) ((f) >= DT_FN_SPECULATE && (f) <= DT_FN_DISCARD)

dt_ident_t *dt_ident_lookup(dtrace_hdl_t *, dt_idscope_t, const char *);
dt_ident_t *dt_ident_builtin(const char *name);   /* static table */
dt_ident_t *dt_ident_func(const char *name);      /* static table */
const char *dt_ident_builtin_type(const dt_ident_t *); /* its type's name */
dt_ident_t *dt_ident_add(dtrace_hdl_t *, dt_idscope_t, const char *,
    dt_idkind_t, dt_type_t *, int line);

/* ---- probes and providers (prov/) ------------------------------------- */

typedef struct dt_pdesc {
	char *pd_prov, *pd_mod, *pd_func, *pd_name;
} dt_pdesc_t;

/* args[i] of a probe: a raw tracepoint argument or an argN value of type
 * xa_native, seen in D as type xa_type, by translation if they differ */
typedef struct dt_xarg {
	const char *xa_type;         /* "psinfo_t *", "int" */
	const char *xa_native;       /* "struct task_struct *", or NULL */
	int xa_src;                  /* >= 0: raw tracepoint argument;
	                                -1 - k: argk */
} dt_xarg_t;

struct dt_probe {
	uint32_t pr_id;
	dt_provider_t *pr_prov;
	char *pr_mod, *pr_func, *pr_name;
	uint64_t pr_arg;             /* provider data: period, tp id, ... */
	int pr_nargs;
	int pr_nargv;                 /* argv words the probe sets (argN
	                                beyond are 0) */
	const char *pr_argtypes[10]; /* native argument types, for -lv */
	const dt_xarg_t *pr_xargs;   /* args[], when the provider has them */
	int pr_nxargs;
	/*
	 * Attachment groups: probes of one provider with the same non-zero
	 * pr_gkey share one attachment point (say raw_syscalls:sys_enter)
	 * and, when enabled, one program that dispatches on a selector value
	 * (the system call number) computed by the provider's po_selector.
	 */
	uint32_t pr_gkey;
	uint32_t pr_sel;
	uint32_t pr_flags;           /* DT_PRF_* */
	int pr_curtask;              /* 0, or 1 + the context word holding
	                                the task the probe fires for */
	/* set while enabled */
	int pr_enabled;
	dt_clause_t *pr_lastcl;      /* the last clause that enabled it */
	dt_probe_t *pr_leader;       /* the group's probe that owns the
	                                program (itself when alone) */
	dt_probe_t **pr_members;     /* leader: the enabled probes it serves */
	int pr_nmembers;
	int pr_progfd;
	int *pr_links;               /* perf/link fds, -1 terminated count */
	int pr_nlinks;
	struct bpf_insn *pr_insns;   /* generated program, for -S */
	int pr_ninsns;
	char **pr_comments;
	dt_clause_t **pr_insncl;     /* clause each instruction belongs to */
};

/* pr_flags */
#define DT_PRF_SYSRET 0x1            /* arg0 is a system call's return
                                        value: errno derives from it */
#define DT_PRF_TASK   0x2            /* its code reads task_struct members
                                        (offsets from BTF) */
#define DT_PRF_OWNTYPES 0x4          /* pr_argtypes[] are malloc'd */

typedef struct dt_provops {
	const char *po_name;
	/* register the probes always present (for -l and matching) */
	int (*po_populate)(dtrace_hdl_t *, dt_provider_t *);
	/* create probes on demand for a description (e.g. profile-1234) */
	int (*po_provide)(dtrace_hdl_t *, dt_provider_t *, const dt_pdesc_t *);
	/* BPF program type for a probe */
	enum bpf_prog_type (*po_progtype)(dt_probe_t *);
	/* more load attributes for it (fentry: attach type, BTF id) */
	void (*po_loadopts)(dt_probe_t *, struct bpf_prog_load_opts *);
	/* emit the trampoline that fills mstate->argv[] from the context */
	void (*po_trampoline)(struct dt_cg *, dt_probe_t *);
	/* emit code that leaves the program (dt_cg_tramp_exit_if) for events
	 * that are not the probe's */
	void (*po_filter)(struct dt_cg *, dt_probe_t *);
	/* grouped probes (pr_gkey != 0): emit code leaving the selector of
	 * the event in r0 (the context pointer is at [fp + DT_STK_CTX]) */
	void (*po_selector)(struct dt_cg *, dt_probe_t *);
	/* fill pr_argtypes/pr_nargs when they are costly to know (-lv) */
	void (*po_argtypes)(dtrace_hdl_t *, dt_probe_t *);
	/* -lv: print the probe's arguments another way than args[i] (the
	 * fields of a tracepoint, args->name); 0 if it did */
	int (*po_listargs)(dtrace_hdl_t *, dt_probe_t *, FILE *);
	/* attach the loaded program; -1 with dt_errmsg on failure */
	int (*po_attach)(dtrace_hdl_t *, dt_probe_t *);
} dt_provops_t;

struct dt_provider {
	const dt_provops_t *pv_ops;
	char *pv_name;
	void *pv_data;               /* the provider's own, freed with it */
	dt_provider_t *pv_next;
};

int dt_prov_init(dtrace_hdl_t *);
/* the tracefs directory, mounted if it was not; NULL if unavailable */
const char *dt_tracefs(void);
dt_probe_t *dt_probe_create(dtrace_hdl_t *, dt_provider_t *, const char *mod,
    const char *func, const char *name);
dt_probe_t *dt_probe_by_id(dtrace_hdl_t *, uint32_t);
int dt_pdesc_parse(dtrace_hdl_t *, const char *text, dt_pdesc_t *,
    char *err, size_t errlen);
void dt_pdesc_free(dt_pdesc_t *);
/* calls f for each probe matching; returns the number matched */
int dt_probe_iter(dtrace_hdl_t *, const dt_pdesc_t *,
    int (*f)(dtrace_hdl_t *, dt_probe_t *, void *), void *arg);

extern const dt_provops_t dt_prov_dtrace;
extern const dt_provops_t dt_prov_syscall;
extern const dt_provops_t dt_prov_sched;
extern const dt_provops_t dt_prov_io;
extern const dt_provops_t dt_prov_proc;
extern const dt_provops_t dt_prov_fbt;
extern const dt_provops_t dt_prov_tracepoint;

/* a tracepoint event's field, for args->name (prov/dt_prov_tracepoint.c) */
typedef enum { DT_TPF_INT, DT_TPF_CHARS, DT_TPF_DATALOC } dt_tpfkind_t;
typedef struct dt_tpfield {
	uint32_t tf_offset, tf_size;
	int tf_signed;
	dt_tpfkind_t tf_kind;
} dt_tpfield_t;
int dt_tp_field(dtrace_hdl_t *, const dt_probe_t *, const char *name,
    dt_tpfield_t *);
extern const dt_provops_t dt_prov_profile;

#define DT_PROBE_BEGIN 1
#define DT_PROBE_END   2
#define DT_PROBE_ERROR 3

/* ---- clauses and records --------------------------------------------- */

/* What a record field holds, for the consumer. */
typedef enum dt_reckind {
	DT_REC_TRACE,     /* trace(): dr_type tells how to print */
	DT_REC_PRINTF,    /* printf(): the format; args follow as PRINTF_ARG */
	DT_REC_PRINTF_ARG,
	DT_REC_EXIT,      /* exit(): 4-byte status */
	DT_REC_PRINTA,    /* printa(): rd_aggs, rd_pfmt (or NULL); no data */
	DT_REC_CLEAR,     /* clear(@): rd_aggs[0]; no data */
	DT_REC_TRUNC,     /* trunc(@[, n]): rd_aggs[0]; 8-byte n (0 = all) */
	DT_REC_NORMALIZE, /* normalize(@, n): rd_aggs[0]; 8-byte n */
	DT_REC_DENORMALIZE, /* denormalize(@): rd_aggs[0]; no data */
	DT_REC_SETOPT,    /* setopt(): rd_nargs strings follow as PRINTF_ARG */
	DT_REC_GUARD,     /* 1 byte: did the action after it run?  (actions
	                     in if/else branches); rd_nargs records follow */
	DT_REC_SPEC,      /* 4 bytes: the speculation the segment is for
	                     (first in each segment of a speculative clause) */
	DT_REC_COMMIT,    /* commit(): 4-byte speculation */
	DT_REC_DISCARD,   /* discard(): 4-byte speculation */
	DT_REC_PRINT,     /* print(): the value as trace() records it, or the
	                     bytes of a struct, union or array; rd_type */
	DT_REC_TRACEMEM,  /* tracemem(): rd_size bytes of memory */
	DT_REC_TRACEMEM_DSIZE, /* tracemem()'s third argument: 8 bytes, how
	                     many of the next TRACEMEM record's to print */
	DT_REC_SYSTEM,    /* system(): as PRINTF, the command to run */
	DT_REC_FREOPEN,   /* freopen(): as PRINTF, the file (rd_pfmt NULL:
	                     back to the original output) */
	DT_REC_FTRUNCATE, /* ftruncate(): no data */
} dt_reckind_t;

/* The most bytes print() and tracemem() record: the record area and the
 * scratch after it must stay within reach of BPF's 16-bit offsets. */
#define DT_MEMREC_MAX 8192

/* The most bytes a D variable of struct or union type may hold (kernel
 * structs included: task_struct is 3-10 KiB). */
#define DT_VAR_MAXSIZE 65536

typedef struct dt_recdesc {
	dt_reckind_t rd_kind;
	uint32_t rd_offset;          /* from the start of the record */
	uint32_t rd_size;
	dt_type_t *rd_type;
	struct dt_pfmt *rd_pfmt;     /* PRINTF */
	int rd_nargs;                /* PRINTF: number of PRINTF_ARG after */
	int rd_seg;                  /* segment of the clause's record */
	struct dt_agg **rd_aggs;     /* PRINTA and the other agg actions */
	int rd_naggs;
} dt_recdesc_t;

/* ---- aggregations (sema declares, cg updates, consume/dt_agg.c prints) - */

typedef enum dt_aggfn {
	DT_AGG_COUNT = 1, DT_AGG_SUM, DT_AGG_AVG, DT_AGG_MIN, DT_AGG_MAX,
	DT_AGG_STDDEV, DT_AGG_QUANTIZE, DT_AGG_LQUANTIZE, DT_AGG_LLQUANTIZE,
} dt_aggfn_t;

#define DT_QUANTIZE_NBUCKETS 127   /* -2^62.. -1, 0, 1 .. 2^62 */
#define DT_QUANTIZE_ZERO     63    /* the bucket of 0 */

/* llquantize() arithmetic saturates at 2^64 - 1 (high magnitudes). */
static inline uint64_t
dt_llq_mul(uint64_t a, uint64_t b)
{
	return b != 0 && a > UINT64_MAX / b ? UINT64_MAX : a * b;
}

static inline uint64_t
dt_llq_add(uint64_t a, uint64_t b)
{
	return a > UINT64_MAX - b ? UINT64_MAX : a + b;
}

/*
 * The llquantize(x, factor, low, high, steps) buckets (arg[] in that order):
 * bucket 0 is below factor^low, then the values of each order of magnitude
 * in its linear steps, then the top bucket.  Returns the number of buckets;
 * vals (if not NULL) gets the value each bucket starts at, vals[0] being
 * factor^low.
 */
static inline int
dt_llq_buckets(const int64_t *arg, int64_t *vals)
{
	uint64_t factor = (uint64_t)arg[0], nsteps = (uint64_t)arg[3];
	uint64_t this = 1, value;
	int b = 1;

	for (int64_t i = 0; i < arg[1]; i++)
		this = dt_llq_mul(this, factor);
	if (vals != NULL)
		vals[0] = (int64_t)this;
	value = this;
	for (int64_t o = arg[1]; o <= arg[2]; o++) {
		uint64_t next = dt_llq_mul(this, factor);
		uint64_t step = next > nsteps ? next / nsteps : 1;
		for (; value < next; value = dt_llq_add(value, step), b++)
			if (vals != NULL)
				vals[b] = (int64_t)value;
		this = next;
	}
	if (vals != NULL)
		vals[b] = (int64_t)value;
	return b + 1;
}

/*
 * An aggregation: a per-CPU hash map from the key tuple to the function's
 * state, an array of 64-bit words:
 *   count: n             sum: total          avg: n, total
 *   min/max: n, value (n says whether this CPU has a value at all)
 *   stddev: n, total, sum of squares (128 bits: low, high)
 *   quantize/lquantize/llquantize: one count per bucket.
 * Keys: 8 bytes per integer, strsize rounded up to 8 per string; a keyless
 * aggregation uses one zero word.
 */
typedef struct dt_agg {
	int ag_id;                   /* 1.. in order of first use */
	char *ag_name;               /* "" for @ */
	dt_aggfn_t ag_fn;
	const char *ag_fname;        /* "count", ... for messages */
	int ag_line;                 /* first use, for messages */
	int ag_nkeys;
	dt_type_t *ag_keys[DT_MAX_KEYS];
	uint32_t ag_keycap[DT_MAX_KEYS]; /* string keys: bytes, incl. NUL */
	uint32_t ag_keyoff[DT_MAX_KEYS]; /* set by dt_sema_agg_layout() */
	uint8_t ag_keyprobe[DT_MAX_KEYS]; /* column given probeprov (bit 0),
	                                probemod, probefunc, probename (3) */
	uint32_t ag_keysize;
	int64_t ag_arg[4];           /* lquantize: base, limit, step;
	                                llquantize: factor, low, high, steps */
	int ag_nbuckets;             /* histograms */
	uint32_t ag_valsize;         /* bytes of state per CPU */
	int ag_array;                /* keyless: a one-element per-CPU array
	                                whose value is a "touched" word (set
	                                by every update) and then the state */
	int ag_fd;                   /* the map the probes update now */
	/*
	 * Double buffering, for aggregations that clear() or trunc() drain
	 * while probes update them: two maps, and a selector (in the aggsel
	 * map) saying which one the probes use.  A drain switches the
	 * selector, waits until no probe can still be using the other map,
	 * then reads and empties it: no update is lost in between.
	 */
	int ag_dbuf;
	int ag_fds[2];
	int ag_sel;                  /* index of ag_fd in ag_fds */
	/* consumer state */
	int ag_printed;              /* printa()'d: not printed again at exit */
	int64_t ag_normal;           /* normalize() divisor ... */
	char *ag_normkeys;           /* ... for these keys (sorted), the ones
	                                there when normalize() ran, as DTrace */
	size_t ag_nnormkeys;
} dt_agg_t;

typedef struct dt_clseg {
	uint32_t cs_off;             /* in the clause's record area */
	uint32_t cs_size;            /* header included */
} dt_clseg_t;

struct dt_clause {
	int cl_index;                /* program order, from 0 */
	dt_node_t *cl_node;          /* DT_NODE_CLAUSE */
	dt_pdesc_t *cl_pdescs;
	int cl_npdescs;
	char *cl_desctext;           /* descriptions as written, for messages */
	dt_recdesc_t *cl_recs;       /* record layout */
	int cl_nrecs;
	uint32_t cl_recsize;         /* bytes of data incl. headers; 0 = none */
	/*
	 * A loop whose body records data splits the clause's record: what
	 * comes before the loop is sent when the loop starts, the body's
	 * records at the end of each iteration, the rest at the end.  Each
	 * segment has a header and its own place in the record area.
	 */
	dt_clseg_t *cl_segs;
	int cl_nsegs;
	int cl_default;              /* no body: default action */
	int cl_spec;                 /* calls speculate() */
	dt_clause_t *cl_next;
};

/* An enabled probe: (probe, clause), numbered from 1 like DTrace's EPIDs. */
typedef struct dt_epid {
	uint32_t ep_id;
	dt_probe_t *ep_probe;
	dt_clause_t *ep_clause;
} dt_epid_t;

/* Ring buffer record header, written by the BPF program. */
typedef struct dt_rechdr {
	uint32_t rh_epid;
	uint16_t rh_cpu;
	uint16_t rh_seg;             /* which segment of the clause's record */
} dt_rechdr_t;

#define DT_EPID_FAULT 0xffffffffu
#define DT_STACK_MAXFRAMES 127       /* the kernel's perf_event_max_stack */    /* a runtime error record */

typedef struct dt_faultrec {
	dt_rechdr_t fr_hdr;
	uint32_t fr_epid;            /* enabled probe that faulted */
	uint32_t fr_fault;           /* DT_FAULT_* */
	uint32_t fr_action;          /* statement index, from 1 */
	uint32_t fr_pc;              /* BPF instruction index */
	uint64_t fr_addr;            /* bad address, if any */
} dt_faultrec_t;

#define DT_FAULT_DIVZERO 4
#define DT_FAULT_BADADDR 1
#define DT_FAULT_ILLOP   3
#define DT_FAULT_NOSCRATCH 5
#define DT_FAULT_LOOPMAX 6   /* a loop ran out of iterations: fr_addr */
#define DT_LOOP_MAX (1U << 23)  /* bpf_loop()'s largest count */
#define DT_NSPEC_MAX 65536      /* speculations (nspec) */

/* Per-CPU machine state (the "mstate" map value): layout offsets. */
#define DT_MST_ARGV     0        /* 10 x u64 probe arguments */
#define DT_MST_ERRARGS  80       /* ERROR probe arguments during handler */
#define DT_MST_FIXED    128      /* clause-local and scratch areas follow */

/* State map (array, one u64 per slot per CPU row). */
#define DT_STATE_ACTIVITY  0     /* 0 active, 1 draining (exit called) */
#define DT_STATE_DROPS     1     /* ring buffer full */
#define DT_STATE_DYNDROPS  2     /* dynamic variable space exhausted */
#define DT_STATE_ERRORS    3     /* runtime faults */
#define DT_STATE_NSLOTS    8

/* ---- the handle --------------------------------------------------------- */

struct dt_cg;

/* translator out < in NAME > { member = expr; ... }: member expressions
 * are checked when a program reaches them, with NAME bound to the input */
typedef struct dt_xlator {
	dt_type_t *xl_to;            /* output struct or union */
	dt_type_t *xl_from;          /* input type */
	const char *xl_arg;          /* input's name in the member expressions */
	dt_node_t *xl_members;       /* DT_NODE_MEMBERINIT list */
	struct dt_xlator *xl_next;
} dt_xlator_t;

typedef struct dt_dvarmap {
	int dm_fd;
	uint32_t dm_keysize;
	uint32_t dm_valsize;
	uint32_t dm_entries;
	dt_ident_t *dm_ident;
} dt_dvarmap_t;

struct dtrace_hdl {
	dt_opts_t dt_opts;
	char dt_errmsg[4096];
	dt_errtag_t dt_errtag;
	int dt_errline;

	/* macro arguments: $0 is the script name, $1.. the arguments */
	char **dt_argv;
	unsigned char *dt_argused;   /* per program: $N referenced */
	int dt_argc;
	int dt_target;               /* $target, 0 if none */

	dt_typetab_t *dt_types;
	struct dt_btf *dt_btf;       /* kernel types (sema/dt_btf.h), on use */
	dt_xlator_t *dt_xlators;     /* translators, the library's first */
	int dt_dlib_done;            /* the D library is declared */
	int dt_btf_failed;           /* the kernel has no readable BTF */
	dt_ident_t *dt_globals;      /* global scalars and arrays */
	dt_ident_t *dt_tls;          /* self-> variables */
	dt_ident_t *dt_locals;       /* this-> variables */
	uint32_t dt_globsize;        /* bytes of the globals area */
	uint32_t dt_thissize;        /* bytes of the clause-local area */
	uint32_t dt_thisfar;         /* bytes of clause-local structs and
	                                unions, at DT_MST_FAR */
	dt_dvarmap_t *dt_dvars;      /* one hash map per dynamic variable */
	int dt_ndvars;
	dt_agg_t **dt_aggs;          /* [i] has ag_id i + 1 */
	int dt_naggs;
	int dt_fd_zero;              /* all-zero value to create agg entries */
	int dt_fd_aggsel;            /* double-buffered aggs: u64 selector each */
	int dt_aggdrain;             /* snapshots also remove what they read */

	dt_arena_t *dt_arena;        /* ASTs of every compiled program */
	dt_arena_t *dt_prarena;      /* probes and their names */
	dt_clause_t *dt_clauses;
	dt_clause_t **dt_clause_tail;
	int dt_nclauses;
	int dt_compiling_stmt;       /* statement index, for fault records */

	/* string literals, placed in the read-only strtab map */
	char *dt_strtab;
	uint32_t dt_strtablen;
	struct { uint32_t bl_off; size_t bl_len; } *dt_blobs; /* tables in it */
	int dt_nblobs;

	dt_provider_t *dt_provs;
	dt_probe_t **dt_probes;      /* indexed by id; [0] unused */
	uint32_t dt_nprobes;
	uint32_t dt_probecap;

	dt_epid_t *dt_epids;         /* indexed by epid; [0] unused */
	uint32_t dt_nepids;
	uint32_t dt_epidcap;

	/* kernel objects (bpf/dt_bpf.c) */
	int dt_ncpus;
	int dt_fd_globals, dt_fd_mstate, dt_fd_strtab, dt_fd_ringbuf;
	int dt_fd_state;
	int dt_fd_progbtf;           /* BTF of programs with callbacks */
	int dt_fd_stacks;            /* stack traces, when a clause takes one */
	int dt_use_stacks;           /* 1: stack(), 2: ustack(), 4: %A */
	struct dt_symtab *dt_symtab; /* symbols (consume/dt_sym.c) */
	uint32_t dt_mstsize;         /* bytes per CPU of the mstate map */
	uint32_t dt_mstneed;         /* bytes the generated code uses */
	uint32_t dt_recmax;          /* largest record of any clause */
	uint32_t dt_off_real_parent; /* BTF offsets used by built-ins */
	uint32_t dt_off_tgid;
	uint32_t dt_off_sum_exec;    /* task_struct.se.sum_exec_runtime */
	uint32_t dt_off_exec_start;  /* task_struct.se.exec_start */
	uint32_t dt_off_pid;         /* task_struct.pid */
	uint32_t dt_off_comm;        /* task_struct.comm */
	uint32_t dt_off_exit_code;   /* task_struct.exit_code */
	uint32_t dt_off_cred;        /* task_struct.cred */
	uint32_t dt_off_signal;      /* task_struct.signal */
	uint32_t dt_off_group_exit_code; /* signal_struct.group_exit_code */
	uint32_t dt_off_cred_uid;    /* cred.uid */
	uint32_t dt_off_cred_gid;    /* cred.gid */
	void (*dt_msgh)(void *, const char *); /* drops, runtime errors */
	void *dt_msgharg;
	char *dt_verifier_log;       /* of the last rejected program */
	int dt_debug_reject;         /* test hook: clause # to make invalid */
	int dt_need_task;            /* built-ins need task_struct offsets */
	int dt_use_strtok;           /* a clause calls strtok() */
	int dt_use_spec;             /* a clause uses speculations */
	int dt_replaying;            /* printing committed records */
	struct dt_specbuf *dt_specbufs; /* speculative records held by the
	                                consumer, per speculation (1..nspec) */
	int dt_cpp;                  /* -C: run cpp first */
	char **dt_cppargs;           /* -D -U -I arguments for cpp */
	int dt_ncppargs;
	int dt_work_passes;
	uint64_t dt_boottime_ns;     /* walltimestamp = timestamp + this */
	struct dt_ring *dt_rb;         /* the mapped trace buffer (consume/) */
	int dt_loaded, dt_attached;

	/* consumer */
	FILE *dt_out;
	FILE *dt_out_orig;           /* dt_out before freopen(): dt_out, when
	                                not this, is ours to close */
	int dt_destructive;          /* code generated for a destructive
	                                action: refused without -w */
	int dt_write_user;           /* ... for copyout(), copyoutstr() */
	int dt_header_done;
	uint32_t dt_line_open;       /* the epid whose probe line is not ended
	                                (a loop's segments, dt_consume.c) */
	int dt_exiting;              /* exit() record seen */
	int dt_exitstatus;
	int dt_stopped;
	uint64_t dt_lastdrops[6][1024];
	uint32_t dt_last_epid;        /* of the last record consumed */
	uint16_t dt_indent[1024];     /* flowindent: per CPU */
	int dt_consume_err;
	int dt_nfaults;

	/* -S */
	int dt_show_bpf;
	FILE *dt_show_out;
};

/* errors (lib/dt_error.c) */
int dt_set_errmsg(dtrace_hdl_t *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* strings */
uint32_t dt_strtab_add(dtrace_hdl_t *, const char *s, size_t len);
uint32_t dt_strtab_addbin(dtrace_hdl_t *, const void *data, size_t len);

/* compile driver (lib/dt_program.c) */
int dt_program_compile(dtrace_hdl_t *, const char *text, const char *filename,
    int cflags, int *matched);

/* semantic pass (sema/dt_sema.c): cooks one program; longjmps on error */
void dt_sema_program(dtrace_hdl_t *, dt_pcb_t *, dt_node_t *prog);
dt_type_t *dt_sema_decl_type(dtrace_hdl_t *, dt_pcb_t *, dt_decl_t *);
int dt_sema_istype(void *hdl, const char *name);
int dt_sema_iskerntype(void *hdl, const char *name);

/* code generation (cg/dt_cg.c) */
int dt_cg_probe(dtrace_hdl_t *, dt_probe_t *);

/* kernel interface (bpf/dt_bpf.c) */
int dt_bpf_check_privileges(dtrace_hdl_t *);
int dt_bpf_create_maps(dtrace_hdl_t *);
int dt_bpf_load_probe(dtrace_hdl_t *, dt_probe_t *);
int dt_bpf_run_prog(dtrace_hdl_t *, int progfd);
int dt_bpf_perf_attach(dtrace_hdl_t *, dt_probe_t *, int cpu,
    uint32_t type, uint64_t config, uint64_t period);
int dt_bpf_rawtp_attach(dtrace_hdl_t *, dt_probe_t *, const char *tp);
int dt_bpf_tracing_attach(dtrace_hdl_t *, dt_probe_t *);
int dt_bpf_kprobe_attach(dtrace_hdl_t *, dt_probe_t *, const char *func,
    int retprobe);
int dt_bpf_has_kprobes(void);
void dt_bpf_detach_all(dtrace_hdl_t *);
int dt_bpf_num_cpus(void);
int dt_bpf_task_offsets(dtrace_hdl_t *);
int dt_bpf_has_fentry(dtrace_hdl_t *);
int dt_bpf_has_write_user(void);
void dt_bpf_sync(void);

/* running (lib/dt_work.c) */
int dt_enable(dtrace_hdl_t *);       /* generate code for enabled probes */
int dt_load(dtrace_hdl_t *);         /* create maps, load programs */
int dt_go(dtrace_hdl_t *);           /* run BEGIN, attach */
int dt_work(dtrace_hdl_t *);         /* poll once; 1 = exit() seen */
int dt_stop(dtrace_hdl_t *);         /* detach, run END, drain */

/* consumer (consume/dt_consume.c) */
int dt_consume_open(dtrace_hdl_t *);
void dt_consume_close(dtrace_hdl_t *);
int dt_consume(dtrace_hdl_t *);
void dt_consume_drops(dtrace_hdl_t *);
void dt_consume_specfree(dtrace_hdl_t *);

#endif /* DT_IMPL_H */
