/*
 * dt_cg_impl.h -- the code generator's state and the primitives its parts
 * share: dt_cg.c (programs, clauses, expressions, actions) and
 * dt_cg_str.c (string subroutines).  Not for use outside src/cg.
 */
#ifndef DT_CG_IMPL_H
#define DT_CG_IMPL_H

#include <setjmp.h>
#include "dt_cg.h"
#include "dt_emit.h"

/* instructions being emitted, with a comment and a clause for each, and
 * the jumps to labels still to patch */
typedef struct dt_cg_buf {
	struct bpf_insn *cb_insns;
	char **cb_cmts;
	dt_clause_t **cb_insncl;
	int cb_n, cb_cap;
	int *cb_fixat, *cb_fixlbl;
	int cb_nfix;
} dt_cg_buf_t;

/* a bpf_loop() call's ld_imm64 of its callback: where, which */
typedef struct dt_cg_call {
	int cc_at;                   /* instruction ... */
	int cc_in;                   /* ... of this callback, -1: the program */
	int cc_sub;                  /* the callback called */
} dt_cg_call_t;

#define DT_CG_MAXNEST 7   /* callbacks within callbacks: with the
                             program, the kernel's 8 frames */

typedef struct dt_cg {
	dtrace_hdl_t *cg_dtp;
	dt_probe_t *cg_probe;
	struct bpf_insn *cg_insns;
	char **cg_cmts;
	dt_clause_t **cg_insncl;     /* clause of each instruction, or NULL */
	int cg_n, cg_cap;
	int *cg_lbl;                 /* label -> instruction index */
	int cg_nlbl;
	int *cg_fixat, *cg_fixlbl;   /* jumps to patch */
	int cg_nfix;
	int cg_sp;                   /* next free stack slot */
	uint32_t cg_scratch;         /* next free byte of mstate scratch */
	uint32_t cg_scratch_base;
	uint32_t cg_pinned;          /* scratch up to here lasts until the end
	                                of the clause: alloca(), copyin() */
	uint32_t cg_need;            /* mstate bytes this program needs */
	dt_clause_t *cg_clause;
	uint32_t cg_epid;
	int cg_stmt;
	int cg_clauseno;             /* index among this program's clauses */
	uint32_t cg_recoff;          /* next free byte in the record */
	int cg_building;             /* building cl_recs for this clause */
	int cg_lbl_fault;
	int cg_lbl_exit;
	int cg_in_error;             /* generating ERROR clauses */
	int cg_void;                 /* the next assignment's value is unused */
	int cg_cond;                 /* inside an if/else branch */
	int cg_noext;                /* dt_cg_arith: leave the result as is */
	int cg_lbl_errend;
	int *cg_resume;              /* label after each clause */
	int cg_nresume;
	char *cg_pending;            /* comment for the next instruction */
	int cg_nfaults;              /* fault sites emitted */
	dt_probe_t **cg_clm;         /* grouped program: the probes the
	                                current clause runs for */
	int cg_nclm;
	uint32_t cg_selmax;          /* grouped program: largest selector */
	/* bpf_loop() callbacks: emitted into a buffer of their own, then
	 * appended to the program as BPF subprograms (see dt_cg_sub_begin) */
	dt_cg_buf_t *cg_subs;
	int cg_nsubs;
	dt_cg_call_t *cg_calls;
	int cg_ncalls;
	int cg_subno[DT_CG_MAXNEST]; /* the callbacks being emitted */
	int cg_insub;                /* callbacks being emitted, nested */
	int cg_strtok;               /* the program calls strtok() */
	dt_cg_buf_t cg_outer[DT_CG_MAXNEST]; /* the buffers of the program and
	                                the callbacks around the one being
	                                emitted */
	int cg_lbl_cbfault;          /* a loop body: where a fault goes */
	int cg_cbfault[DT_CG_MAXNEST]; /* ... and around it */
	int cg_grouped;              /* the program serves several probes */
	int cg_records;              /* the clause sends its record */
	int cg_seg;                  /* the record's segment being written */
	uint32_t cg_segoff;          /* ... its place in the record area */
	int cg_nsegs;
	int cg_loops;                /* loop bodies around the code */
	int cg_lbreak, cg_lnext;     /* the innermost loop's: break, continue */
	int cg_looprec;              /* ... its body records data */
	int cg_spec;                 /* the clause calls speculate() */
	uint32_t cg_loopdone;        /* ... the scratch word it sets when it
	                                ends (rather than running out) */
	jmp_buf cg_jmp;
} dt_cg_t;

void dt_cg_error(dt_cg_t *, dt_errtag_t, const char *, ...)
    __attribute__((noreturn, format(printf, 3, 4)));
int dt_cg_emit(dt_cg_t *, struct bpf_insn);
void dt_cg_comment(dt_cg_t *, const char *, ...)
    __attribute__((format(printf, 2, 3)));
void dt_cg_ldimm64(dt_cg_t *, int reg, uint64_t v, int src);
void dt_cg_imm(dt_cg_t *, int reg, uint64_t v);
void dt_cg_ldmapval(dt_cg_t *, int reg, int mapid, uint32_t off);
int dt_cg_label(dt_cg_t *);
void dt_cg_place(dt_cg_t *, int lbl);
void dt_cg_jmp(dt_cg_t *, struct bpf_insn, int lbl);
int dt_cg_slot(dt_cg_t *);
int16_t dt_cg_slotoff(int slot);
void dt_cg_lds(dt_cg_t *, int reg, int slot);
void dt_cg_sts(dt_cg_t *, int slot, int reg);
uint32_t dt_cg_scratch(dt_cg_t *, uint32_t size);
uint32_t dt_cg_strsize(dt_cg_t *);
void dt_cg_extend(dt_cg_t *, int reg, const dt_type_t *);
void dt_cg_convert(dt_cg_t *, int reg, const dt_type_t *from,
    const dt_type_t *to);
void dt_cg_load(dt_cg_t *, int dst, int base, int16_t off, const dt_type_t *);
void dt_cg_store(dt_cg_t *, int base, int16_t off, int src, const dt_type_t *);
void dt_cg_stsaddr(dt_cg_t *, int slot, uint32_t off);
void dt_cg_clampmax(dt_cg_t *, int reg, int32_t max);
void dt_cg_mstinc(dt_cg_t *, int16_t off);
void dt_cg_kcopy(dt_cg_t *, int slot, uint32_t off, uint32_t size);
void dt_cg_kcopy_r1(dt_cg_t *, int s, uint32_t size);
int dt_cg_isstr(const dt_node_t *);
void dt_cg_fault(dt_cg_t *, int fault, int addr_reg);
void dt_cg_string_lit(dt_cg_t *, int reg, const char *, size_t);
void dt_cg_strcopy(dt_cg_t *, uint32_t off, int user);
int dt_cg_expr(dt_cg_t *, dt_node_t *);
dt_recdesc_t *dt_cg_rec(dt_cg_t *, dt_reckind_t, uint32_t size,
    uint32_t align, dt_type_t *);

/*
 * bpf_loop(): dt_cg_sub_begin() starts a callback (a BPF subprogram) and
 * leaves r6 = the iteration (u32, not bounded for the verifier) and r9 =
 * the mstate row.  The callback sets r0 to 0 to go on or 1 to stop, and
 * ends with dt_cg_sub_end(); then dt_cg_loop() emits the call, bpf_loop(r1
 * = iterations, callback).  A callback cannot fault: it leaves what went
 * wrong in the scratch space it shares with its caller.
 */
int dt_cg_sub_begin(dt_cg_t *);
void dt_cg_sub_end(dt_cg_t *);
void dt_cg_loop(dt_cg_t *, int sub, int ctx);

/*
 * Speculations (dt_cg_spec.c).  Each has, in the globals map (shared by
 * every CPU), a state word (0 free, 1 taken), the bytes of records sent for
 * it and the records refused for want of room (specsize).  Speculative
 * records go to the ring buffer like others, marked with their speculation
 * (DT_REC_SPEC); the consumer holds them until commit() or discard().
 */
#define DT_SPEC_STATE 0
#define DT_SPEC_BYTES 8
#define DT_SPEC_DROPS 16
#define DT_SPEC_SIZE  24
void dt_cg_speculation(dt_cg_t *, int res);
void dt_cg_specact(dt_cg_t *, dt_node_t *);
void dt_cg_specsend(dt_cg_t *, uint32_t segoff, uint32_t size, int lskip);
void dt_cg_rec_spec(dt_cg_t *);

/* dt_cg.c, for dt_cg_ref.c */
void dt_cg_ldmap(dt_cg_t *, int reg, int mapid);
uint32_t dt_cg_dvar_key(dt_cg_t *, dt_ident_t *, dt_node_t *keys);
void dt_cg_dvar_lookup(dt_cg_t *, dt_ident_t *, uint32_t koff);
void dt_cg_memload(dt_cg_t *, const dt_type_t *, int bits, uint32_t bitoff,
    int res);

/*
 * dt_cg_ref.c: variables of struct and union type and what is inside them.
 * Pointers into a variable's storage are map value pointers the verifier
 * bounds; create makes a dynamic variable that does not exist (lskip: it
 * could not be), else it reads as zeros.
 */
int dt_cg_isreflv(const dt_node_t *);
void dt_cg_varptr(dt_cg_t *, dt_node_t *, int res, int create, int lskip);
void dt_cg_lvptr(dt_cg_t *, dt_node_t *, int res, int create, int lskip);
void dt_cg_refget(dt_cg_t *, dt_node_t *, int ps, int res);
void dt_cg_refsrc(dt_cg_t *, int val, const dt_type_t *);
void dt_cg_refput(dt_cg_t *, dt_node_t *, int ps, int val,
    const dt_type_t *vt);
void dt_cg_refload(dt_cg_t *, dt_node_t *, int res);
void dt_cg_addrof(dt_cg_t *, dt_node_t *, int res);
void dt_cg_addr(dt_cg_t *, dt_node_t *, int res);     /* in kernel memory */

/* dt_cg_subr.c */
void dt_cg_subr(dt_cg_t *, dt_node_t *, int res);
void dt_cg_procact(dt_cg_t *, dt_node_t *);   /* stop(), raise(), chill() */

/* dt_cg_str.c */
void dt_cg_strfn(dt_cg_t *, dt_node_t *, int res);
uint32_t dt_cg_strget(dt_cg_t *, int slot);
void dt_cg_readstr(dt_cg_t *, dt_node_t *addr, dt_node_t *max, int user,
    int res);

#endif /* DT_CG_IMPL_H */
