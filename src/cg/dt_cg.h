/*
 * dt_cg.h -- code generator state and the layout contract between the
 * generated BPF programs and user space.
 *
 * One BPF program is generated per enabled probe.  Its shape:
 *
 *   prologue     save ctx, find this CPU's mstate row (r9), globals (r8),
 *                stop if exit() was called, run the provider trampoline
 *                that fills mstate->argv[]
 *   clause 1..n  in program order: predicate, statements, record output
 *   fault        one handler: emits a fault record, runs ERROR clauses,
 *                resumes with the clause after the one that faulted
 *   exit         return 0
 *
 * Register use: r9 = mstate row (this CPU), r8 = globals value, r0-r5
 * scratch.  Every intermediate value lives in a stack slot (fp-32-8*k):
 * simple, verifier-friendly, and helper calls never need spilling.
 *
 * Maps are referenced symbolically (DT_MAPID_*) in ld_imm64 and patched
 * with real fds just before loading (bpf/dt_bpf.c), so code can be
 * generated before the maps' sizes are known.
 */
#ifndef DT_CG_H
#define DT_CG_H

#include "../lib/dt_impl.h"

#define DT_MAPID_GLOBALS 1
#define DT_MAPID_MSTATE  2
#define DT_MAPID_STRTAB  3
#define DT_MAPID_RINGBUF 4
#define DT_MAPID_DVAR    100   /* + index into dt_dvars */
#define DT_MAPID_ZERO    5     /* the all-zero value for new agg entries */
#define DT_MAPID_STACKS  6     /* stack traces (stack(), ustack()) */
#define DT_MAPID_AGGSEL  7     /* double-buffered aggs: which map is live */
#define DT_MAPID_AGG2    20000 /* + index: the second map of a dbuf agg */
#define DT_MAPID_AGG     10000 /* + index into dt_aggs */

/* mstate row layout (bytes) */
#define DT_MST_FAULT      80   /* u32 fault type */
#define DT_MST_FACTION    84   /* u32 action (statement) index */
#define DT_MST_FPC        88   /* u32 instruction index */
#define DT_MST_FADDR      96   /* u64 bad address */
#define DT_MST_NDROPS    104   /* u64 ring buffer drops on this CPU */
#define DT_MST_NDYNDROPS 112   /* u64 dynamic variable drops */
#define DT_MST_NFAULTS   120   /* u64 faults */
#define DT_MST_NAGGDROPS 128   /* u64 aggregation drops */
#define DT_MST_NSPECFAIL 136   /* u64 speculation() that found none free */
#define DT_MST_NSPECDROPS 144  /* u64 speculative drops, when committed */
#define DT_MST_SPECID    152   /* u64 the firing clause's speculate(id) */
#define DT_MST_CHILLMARK 160   /* u64 chill(): start of this interval */
#define DT_MST_CHILLED   168   /* u64 chill(): ns chilled in it */
#define DT_MST_THIS      176   /* clause-local variables start here */
#define DT_MST_FAR     32768   /* clause-local structs and unions: beyond
                                  16-bit offsets, so as not to crowd the
                                  records and scratch (cg/dt_cg_ref.c) */

/* globals value layout: activity word, then user globals */
#define DT_GLOB_ACTIVITY   0
#define DT_GLOB_USER       8

/* fixed stack slots */
#define DT_STK_CTX       (-8)
#define DT_STK_CPU       (-16)
#define DT_STK_TMP       (-24)
#define DT_STK_RESUME    (-32)  /* clause to resume after a fault: kept on
                                   the stack as a constant per fault site so
                                   the verifier can see the handler's jumps
                                   back always make progress */
#define DT_STK_SEL       (-40)  /* grouped probes: the selector, bounded */
#define DT_STK_SLOT0     (-48)
#define DT_STK_NSLOTS    58

/* Offsets derived from the handle, valid after semantic analysis. */
uint32_t dt_cg_rec_base(const dtrace_hdl_t *);   /* record buffer */
uint32_t dt_cg_globals_size(const dtrace_hdl_t *);
uint32_t dt_cg_strtok_base(const dtrace_hdl_t *);  /* strtok() state */
uint32_t dt_cg_spec_base(const dtrace_hdl_t *);   /* speculations, in the
                                                     globals */

struct dt_cg;
/* for provider trampolines: emit an instruction into the program; the
 * context pointer is saved at [fp + DT_STK_CTX], r9 is the mstate row */
void dt_cg_tramp_emit(struct dt_cg *, struct bpf_insn);
void dt_cg_tramp_exit_if(struct dt_cg *, struct bpf_insn jmp);
void dt_cg_tramp_kload(struct dt_cg *, int reg, int32_t off, int size);
int dt_cg_tramp_label(struct dt_cg *);
void dt_cg_tramp_place(struct dt_cg *, int lbl);
void dt_cg_tramp_jmp(struct dt_cg *, struct bpf_insn jmp, int lbl);
dtrace_hdl_t *dt_cg_dtp(struct dt_cg *);
int dt_cg_layout(dtrace_hdl_t *);

#endif /* DT_CG_H */
