/*
 * dt_cg_spec.c -- speculations: speculation(), speculate(), commit(),
 * discard(), and the sending of a speculative clause's record.
 *
 * A speculation is a slot of the globals map (dt_cg_spec_base), shared by
 * every CPU: speculation() takes a free one with an atomic compare-and-
 * exchange; commit() and discard() free it.  A clause that calls
 * speculate(id) sends its record as any other, with id in the DT_REC_SPEC
 * word that starts each of its segments; the consumer holds such records
 * until the commit() or discard() record of id comes through the same ring
 * buffer, so that the order of events is kept without a buffer per
 * speculation in the kernel.  What the kernel keeps is the bytes sent for
 * each speculation, to refuse records beyond specsize (DTrace's
 * "speculative drops", counted when committed) and the speculation() calls
 * that found none free ("failed speculations").
 */
#include "dt_cg_impl.h"

/* atomic operations on [dst + off] */
#define DT_ATOMIC(sz, op, d, s, o) \
	DT_INSN(BPF_STX | (sz) | BPF_ATOMIC, d, s, o, op)

static uint32_t
dt_cg_nspec(dt_cg_t *cg)
{
	return (uint32_t)cg->cg_dtp->dt_opts.do_nspec;
}

/* r2 = the state of speculation r1 (1..nspec, checked) in the globals (r8) */
static void
dt_cg_specslot(dt_cg_t *cg)
{
	dt_cg_emit(cg, DT_MOV64_REG(R2, R1));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_MUL, R2, DT_SPEC_SIZE));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R2, R8));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2,
	    (int32_t)dt_cg_spec_base(cg->cg_dtp)));
}

/*
 * speculation(): the first free of 1..nspec, taken; 0 if none is (and
 * counted as a failed speculation).  A bpf_loop() over the slots.
 */
void
dt_cg_speculation(dt_cg_t *cg, int res)
{
	uint32_t nspec = dt_cg_nspec(cg), found = dt_cg_scratch(cg, 8);
	int lnone = dt_cg_label(cg), ldone = dt_cg_label(cg);

	dt_cg_emit(cg, DT_ST(BPF_DW, R9, (int16_t)found, 0));
	if (nspec > 0) {
		int sub = dt_cg_sub_begin(cg), lnext = dt_cg_label(cg);
		dt_cg_ldmapval(cg, R8, DT_MAPID_GLOBALS, 0);
		dt_cg_emit(cg, DT_MOV64_REG(R1, R6));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGE, R1, (int32_t)nspec, 0), lnext);
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, 1));
		dt_cg_specslot(cg);
		dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
		dt_cg_emit(cg, DT_MOV64_IMM(R3, 1));
		dt_cg_emit(cg, DT_ATOMIC(BPF_DW, BPF_CMPXCHG, R2, R3,
		    DT_SPEC_STATE));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0), lnext);
		dt_cg_emit(cg, DT_ST(BPF_DW, R2, DT_SPEC_BYTES, 0));
		dt_cg_emit(cg, DT_ST(BPF_DW, R2, DT_SPEC_DROPS, 0));
		dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, (int16_t)found));
		dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
		dt_cg_emit(cg, DT_EXIT());
		dt_cg_place(cg, lnext);
		dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
		dt_cg_sub_end(cg);
		dt_cg_imm(cg, R1, nspec);
		dt_cg_loop(cg, sub, -1);
	}
	dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R9, (int16_t)found));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lnone);
	dt_cg_sts(cg, res, R0);
	dt_cg_jmp(cg, DT_JA(0), ldone);
	dt_cg_place(cg, lnone);
	dt_cg_mstinc(cg, DT_MST_NSPECFAIL);
	dt_cg_sts(cg, res, R0);
	dt_cg_place(cg, ldone);
}

/* r1 = the speculation of argument n; more than nspec is a fault */
static void
dt_cg_specid(dt_cg_t *cg, dt_node_t *n)
{
	int s = dt_cg_expr(cg, n), lok = dt_cg_label(cg);

	dt_cg_lds(cg, R1, s);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JLE, R1, (int32_t)dt_cg_nspec(cg), 0),
	    lok);
	dt_cg_fault(cg, DT_FAULT_ILLOP, -1);
	dt_cg_place(cg, lok);
}

/* speculate(id), commit(id), discard(id) */
void
dt_cg_specact(dt_cg_t *cg, dt_node_t *n)
{
	int fn = n->dn_ident->di_id, ldone = dt_cg_label(cg);
	uint32_t rb = dt_cg_rec_base(cg->cg_dtp);

	dt_cg_specid(cg, n->dn_args);
	if (fn == DT_FN_SPECULATE) {
		/* the clause's records are sent for it (dt_cg_specsend) */
		dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, DT_MST_SPECID));
		return;
	}
	dt_cg_rec(cg, fn == DT_FN_COMMIT ? DT_REC_COMMIT : DT_REC_DISCARD, 4,
	    4, NULL);
	dt_cg_emit(cg, DT_STX(BPF_W, R9, R1, (int16_t)(rb + cg->cg_recoff -
	    4)));
	/* a speculation not taken (0, or freed already) is left alone */
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R1, 0, 0), ldone);
	dt_cg_specslot(cg);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R2, DT_SPEC_STATE));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 1, 0), ldone);
	if (fn == DT_FN_COMMIT) {
		/* its drops are reported when it is committed, as DTrace */
		dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R2, DT_SPEC_DROPS));
		dt_cg_emit(cg, DT_LDX(BPF_DW, R3, R9, DT_MST_NSPECDROPS));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R3, R0));
		dt_cg_emit(cg, DT_STX(BPF_DW, R9, R3, DT_MST_NSPECDROPS));
	}
	dt_cg_emit(cg, DT_ST(BPF_DW, R2, DT_SPEC_STATE, 0));
	dt_cg_place(cg, ldone);
}

/* each segment of a speculative clause starts with its speculation */
void
dt_cg_rec_spec(dt_cg_t *cg)
{
	if (cg->cg_spec)
		dt_cg_rec(cg, DT_REC_SPEC, 4, 4, NULL);
}

/*
 * Before a speculative clause's segment (at segoff, size bytes) is sent:
 * without a speculation (0), or for one not taken, nothing is sent
 * (DTrace drops it silently); beyond specsize it is a speculative drop.
 * Jumps to lskip when the segment is not to be sent.
 */
void
dt_cg_specsend(dt_cg_t *cg, uint32_t segoff, uint32_t size, int lskip)
{
	uint32_t rb = dt_cg_rec_base(cg->cg_dtp) + segoff;
	uint64_t max = cg->cg_dtp->dt_opts.do_specsize;
	int lroom = dt_cg_label(cg);

	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DT_MST_SPECID));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R1, 0, 0), lskip);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R1, (int32_t)dt_cg_nspec(cg), 0),
	    lskip);
	dt_cg_specslot(cg);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R2, DT_SPEC_STATE));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 1, 0), lskip);
	dt_cg_emit(cg, DT_MOV64_IMM(R3, (int32_t)size));
	dt_cg_emit(cg, DT_ATOMIC(BPF_DW, BPF_ADD | BPF_FETCH, R2, R3,
	    DT_SPEC_BYTES));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, (int32_t)size));
	dt_cg_ldimm64(cg, R4, max, 0);
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JLE, R3, R4, 0), lroom);
	dt_cg_emit(cg, DT_MOV64_IMM(R3, 1));
	dt_cg_emit(cg, DT_ATOMIC(BPF_DW, BPF_ADD, R2, R3, DT_SPEC_DROPS));
	dt_cg_jmp(cg, DT_JA(0), lskip);
	dt_cg_place(cg, lroom);
	dt_cg_emit(cg, DT_STX(BPF_W, R9, R1, (int16_t)(rb +
	    sizeof(dt_rechdr_t))));
}
