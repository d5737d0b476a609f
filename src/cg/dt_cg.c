/*
 * dt_cg.c -- code generation: typed D clauses to one BPF program per probe.
 *
 * Input: the handle's clauses (cooked by sema/dt_sema.c) and one probe.
 * Output: pr_insns/pr_ninsns on the probe, plus each clause's record layout
 * (cl_recs), which the consumer uses to decode what the program writes to
 * the ring buffer.  See dt_cg.h for the program's shape, register and
 * memory conventions.
 *
 * Values: dt_cg_expr() evaluates an expression into a stack slot and
 * returns the slot.  Integers are kept sign- or zero-extended to 64 bits
 * according to their D type, so that 32-bit arithmetic wraps as C's does
 * and comparisons can use 64-bit jumps.  Strings are pointers into map
 * values (the read-only string table, globals, dynamic variables or this
 * CPU's scratch) of at least strsize bytes, so the verifier can bound every
 * access.
 *
 * Faults (division by zero ...) store what happened in the mstate row and
 * jump to the program's fault handler, which reports it, runs any ERROR
 * clauses, and resumes with the next clause: a fault ends its clause only.
 */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "dt_cg_impl.h"
#include "../sema/dt_btf.h"
#include "../sema/dt_sema.h"
#include "../consume/dt_printf.h"


/* Abandon code generation with a message, tagged like compile errors. */
void
dt_cg_error(dt_cg_t *cg, dt_errtag_t tag, const char *fmt, ...)
{
	dtrace_hdl_t *dtp = cg->cg_dtp;
	size_t o = 0, sz = sizeof(dtp->dt_errmsg);
	va_list ap;

	if (dtp->dt_opts.do_errtags)
		o = (size_t)snprintf(dtp->dt_errmsg, sz, "[%s] ",
		    dt_errtag_name(tag));
	va_start(ap, fmt);
	vsnprintf(dtp->dt_errmsg + o, sz - o, fmt, ap);
	va_end(ap);
	dtp->dt_errtag = tag;
	longjmp(cg->cg_jmp, 1);
}

/* ---- emission ---------------------------------------------------------- */

int
dt_cg_emit(dt_cg_t *cg, struct bpf_insn insn)
{
	if (cg->cg_n == cg->cg_cap) {
		int cap = cg->cg_cap ? cg->cg_cap * 2 : 256;
		void *p;
		if ((p = realloc(cg->cg_insns, cap * sizeof(insn))) == NULL)
			dt_cg_error(cg, D_UNKNOWN, "out of memory");
		cg->cg_insns = p;
		if ((p = realloc(cg->cg_cmts, cap * sizeof(char *))) == NULL)
			dt_cg_error(cg, D_UNKNOWN, "out of memory");
		cg->cg_cmts = p;
		if ((p = realloc(cg->cg_insncl, cap * sizeof(dt_clause_t *))) ==
		    NULL)
			dt_cg_error(cg, D_UNKNOWN, "out of memory");
		cg->cg_insncl = p;
		cg->cg_cap = cap;
	}
	cg->cg_cmts[cg->cg_n] = cg->cg_pending;
	cg->cg_pending = NULL;
	cg->cg_insns[cg->cg_n] = insn;
	cg->cg_insncl[cg->cg_n] = cg->cg_clause;
	if (cg->cg_n >= 1000000)
		dt_cg_error(cg, D_CG_TOOBIG, "program for %s is too large",
		    cg->cg_probe->pr_name);
	return cg->cg_n++;
}

void
dt_cg_comment(dt_cg_t *cg, const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	if (!cg->cg_dtp->dt_show_bpf)
		return;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	free(cg->cg_pending);
	cg->cg_pending = strdup(buf);   /* attached to the next instruction */
}

void
dt_cg_ldimm64(dt_cg_t *cg, int reg, uint64_t v, int src)
{
	dt_cg_emit(cg, DT_INSN(BPF_LD | BPF_DW | BPF_IMM, reg, src, 0,
	    (int32_t)(uint32_t)v));
	dt_cg_emit(cg, DT_INSN(0, 0, 0, 0, (int32_t)(uint32_t)(v >> 32)));
}

void
dt_cg_imm(dt_cg_t *cg, int reg, uint64_t v)
{
	if ((int64_t)v == (int64_t)(int32_t)v)
		dt_cg_emit(cg, DT_MOV64_IMM(reg, (int32_t)v));
	else
		dt_cg_ldimm64(cg, reg, v, 0);
}

/* reg = &map (for helpers taking a map) */
void
dt_cg_ldmap(dt_cg_t *cg, int reg, int mapid)
{
	dt_cg_ldimm64(cg, reg, (uint32_t)mapid, BPF_PSEUDO_MAP_FD);
}

/* reg = pointer to byte off of the (single) value of an array map */
void
dt_cg_ldmapval(dt_cg_t *cg, int reg, int mapid, uint32_t off)
{
	dt_cg_ldimm64(cg, reg, (uint64_t)off << 32 | (uint32_t)mapid,
	    BPF_PSEUDO_MAP_VALUE);
}

int
dt_cg_label(dt_cg_t *cg)
{
	cg->cg_lbl = realloc(cg->cg_lbl, (cg->cg_nlbl + 1) * sizeof(int));
	cg->cg_lbl[cg->cg_nlbl] = -1;
	return cg->cg_nlbl++;
}

void
dt_cg_place(dt_cg_t *cg, int lbl)
{
	cg->cg_lbl[lbl] = cg->cg_n;
}

/* emit a jump instruction whose target is a label */
void
dt_cg_jmp(dt_cg_t *cg, struct bpf_insn insn, int lbl)
{
	int at = dt_cg_emit(cg, insn);
	cg->cg_fixat = realloc(cg->cg_fixat, (cg->cg_nfix + 1) * sizeof(int));
	cg->cg_fixlbl = realloc(cg->cg_fixlbl, (cg->cg_nfix + 1) * sizeof(int));
	cg->cg_fixat[cg->cg_nfix] = at;
	cg->cg_fixlbl[cg->cg_nfix++] = lbl;
}

static void
dt_cg_resolve(dt_cg_t *cg)
{
	for (int i = 0; i < cg->cg_nfix; i++) {
		int at = cg->cg_fixat[i], to = cg->cg_lbl[cg->cg_fixlbl[i]];
		if (to < 0)
			dt_cg_error(cg, D_UNKNOWN, "internal error: unplaced label");
		if (to - at - 1 > INT16_MAX || to - at - 1 < INT16_MIN)
			dt_cg_error(cg, D_CG_TOOBIG, "program for %s is too "
			    "large: a jump spans more than %d instructions",
			    cg->cg_probe->pr_name, INT16_MAX);
		cg->cg_insns[at].off = (int16_t)(to - at - 1);
	}
}

/* does a jump still to patch go to lbl? */
static int
dt_cg_label_used(const dt_cg_t *cg, int lbl)
{
	for (int i = 0; i < cg->cg_nfix; i++)
		if (cg->cg_fixlbl[i] == lbl)
			return 1;
	return 0;
}

/* ---- bpf_loop() callbacks ------------------------------------------------ */

static void
dt_cg_buf_swap(dt_cg_t *cg, dt_cg_buf_t *b)
{
	dt_cg_buf_t cur = {
		cg->cg_insns, cg->cg_cmts, cg->cg_insncl, cg->cg_n, cg->cg_cap,
		cg->cg_fixat, cg->cg_fixlbl, cg->cg_nfix
	};
	cg->cg_insns = b->cb_insns;
	cg->cg_cmts = b->cb_cmts;
	cg->cg_insncl = b->cb_insncl;
	cg->cg_n = b->cb_n;
	cg->cg_cap = b->cb_cap;
	cg->cg_fixat = b->cb_fixat;
	cg->cg_fixlbl = b->cb_fixlbl;
	cg->cg_nfix = b->cb_nfix;
	*b = cur;
}

int
dt_cg_sub_begin(dt_cg_t *cg)
{
	dt_cg_buf_t *b;

	if (cg->cg_insub == DT_CG_MAXNEST)
		dt_cg_error(cg, D_LOOP_BOUND, "loops and string functions are "
		    "nested more than %d deep", DT_CG_MAXNEST);
	/* the callback's number is taken now: callbacks within it end
	 * before it does */
	if ((b = realloc(cg->cg_subs, (cg->cg_nsubs + 1) * sizeof(*b))) ==
	    NULL)
		dt_cg_error(cg, D_UNKNOWN, "out of memory");
	cg->cg_subs = b;
	memset(&b[cg->cg_nsubs], 0, sizeof(*b));
	cg->cg_subno[cg->cg_insub] = cg->cg_nsubs;
	cg->cg_cbfault[cg->cg_insub] = cg->cg_lbl_cbfault;
	cg->cg_lbl_cbfault = -1;        /* a string callback cannot fault */
	dt_cg_buf_t *outer = &cg->cg_outer[cg->cg_insub++];
	memset(outer, 0, sizeof(*outer));
	dt_cg_buf_swap(cg, outer);
	dt_cg_emit(cg, DT_MOV64_REG(R6, R1));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R9, R2, 0));
	return cg->cg_nsubs++;
}

void
dt_cg_sub_end(dt_cg_t *cg)
{
	dt_cg_emit(cg, DT_EXIT());
	dt_cg_resolve(cg);
	free(cg->cg_fixat);
	free(cg->cg_fixlbl);
	cg->cg_fixat = cg->cg_fixlbl = NULL;
	cg->cg_nfix = 0;
	dt_cg_buf_t *outer = &cg->cg_outer[--cg->cg_insub];
	cg->cg_lbl_cbfault = cg->cg_cbfault[cg->cg_insub];
	dt_cg_buf_swap(cg, &cg->cg_subs[cg->cg_subno[cg->cg_insub]]);
	dt_cg_buf_swap(cg, outer);
	memset(outer, 0, sizeof(*outer));
}

/* bpf_loop(r1, callback sub, &r9 on the stack (in slot ctx, or a new
 * one if ctx < 0), 0) */
void
dt_cg_loop(dt_cg_t *cg, int sub, int ctx)
{
	int c = cg->cg_ncalls;

	if (ctx < 0)
		ctx = dt_cg_slot(cg);
	dt_cg_sts(cg, ctx, R9);
	if ((cg->cg_calls = realloc(cg->cg_calls, (c + 1) *
	    sizeof(*cg->cg_calls))) == NULL)
		dt_cg_error(cg, D_UNKNOWN, "out of memory");
	cg->cg_calls[c].cc_at = cg->cg_n;
	cg->cg_calls[c].cc_in = cg->cg_insub ?
	    cg->cg_subno[cg->cg_insub - 1] : -1;
	cg->cg_calls[c].cc_sub = sub;
	cg->cg_ncalls++;
	dt_cg_ldimm64(cg, R2, 0, BPF_PSEUDO_FUNC);
	dt_cg_emit(cg, DT_MOV64_REG(R3, FP));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, dt_cg_slotoff(ctx)));
	dt_cg_emit(cg, DT_MOV64_IMM(R4, 0));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_loop));
}

/* the callbacks go after the program, each call pointing at its own */
static void
dt_cg_append_subs(dt_cg_t *cg)
{
	int *start = calloc((size_t)cg->cg_nsubs + 1, sizeof(int));

	for (int s = 0; s < cg->cg_nsubs; s++) {
		dt_cg_buf_t *b = &cg->cg_subs[s];
		start[s] = cg->cg_n;
		for (int i = 0; i < b->cb_n; i++) {
			cg->cg_pending = b->cb_cmts[i];
			cg->cg_clause = b->cb_insncl[i];
			dt_cg_emit(cg, b->cb_insns[i]);
		}
		b->cb_n = 0;
	}
	for (int c = 0; c < cg->cg_ncalls; c++) {
		const dt_cg_call_t *cc = &cg->cg_calls[c];
		int at = cc->cc_at + (cc->cc_in >= 0 ? start[cc->cc_in] : 0);
		cg->cg_insns[at].imm = start[cc->cc_sub] - at - 1;
	}
	free(start);
}

static void
dt_cg_buf_free(dt_cg_buf_t *b)
{
	for (int i = 0; i < b->cb_n; i++)
		free(b->cb_cmts[i]);
	free(b->cb_insns);
	free(b->cb_cmts);
	free(b->cb_insncl);
	free(b->cb_fixat);
	free(b->cb_fixlbl);
	memset(b, 0, sizeof(*b));
}

static void
dt_cg_free_subs(dt_cg_t *cg)
{
	for (int s = 0; s < cg->cg_nsubs; s++)
		dt_cg_buf_free(&cg->cg_subs[s]);
	free(cg->cg_subs);
	free(cg->cg_calls);
	cg->cg_subs = NULL;
	cg->cg_nsubs = cg->cg_ncalls = 0;
	cg->cg_calls = NULL;
	while (cg->cg_insub > 0) {      /* abandoned inside callbacks */
		dt_cg_buf_t *outer = &cg->cg_outer[--cg->cg_insub];
		dt_cg_buf_swap(cg, outer);
		dt_cg_buf_free(outer);
	}
}

static void dt_cg_kread(dt_cg_t *, int32_t, int16_t, int32_t);

/* For provider trampolines (prov/): emit one instruction. */
void
dt_cg_tramp_emit(struct dt_cg *cg, struct bpf_insn insn)
{
	dt_cg_emit(cg, insn);
}

/* For providers: a conditional jump to the program's exit (the event is
 * not one of the probe's). */
void
dt_cg_tramp_exit_if(struct dt_cg *cg, struct bpf_insn jmp)
{
	dt_cg_jmp(cg, jmp, cg->cg_lbl_exit);
}

/* For providers: r0 = the size-byte kernel value at [reg + off], 0 if it
 * cannot be read.  Clobbers r1-r5. */
void
dt_cg_tramp_kload(struct dt_cg *cg, int reg, int32_t off, int size)
{
	static const int sz[] = { [1] = BPF_B, [2] = BPF_H, [4] = BPF_W,
	    [8] = BPF_DW };
	dt_cg_emit(cg, DT_ST(BPF_DW, FP, DT_STK_TMP, 0));
	if (reg != R3)
		dt_cg_emit(cg, DT_MOV64_REG(R3, reg));
	dt_cg_kread(cg, off, DT_STK_TMP, size);
	dt_cg_emit(cg, DT_LDX(sz[size], R0, FP, DT_STK_TMP));
}

/* For providers: labels, so that their jumps need no counted offsets. */
int
dt_cg_tramp_label(struct dt_cg *cg)
{
	return dt_cg_label(cg);
}

void
dt_cg_tramp_place(struct dt_cg *cg, int lbl)
{
	dt_cg_place(cg, lbl);
}

void
dt_cg_tramp_jmp(struct dt_cg *cg, struct bpf_insn jmp, int lbl)
{
	dt_cg_jmp(cg, jmp, lbl);
}

dtrace_hdl_t *
dt_cg_dtp(struct dt_cg *cg)
{
	return cg->cg_dtp;
}

/* one more of the per-CPU counter at [r9 + off] (drops, faults ...);
 * clobbers r1 */
void
dt_cg_mstinc(dt_cg_t *cg, int16_t off)
{
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, off));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, 1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, off));
}

/*
 * size bytes of kernel memory at the address in slot s to [r9 + off], or
 * (dt_cg_kcopy_r1) to the address in r1; a bad address faults the clause.
 * Clobbers r0-r5.
 */
void
dt_cg_kcopy(dt_cg_t *cg, int s, uint32_t off, uint32_t size)
{
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)off));
	dt_cg_kcopy_r1(cg, s, size);
}

void
dt_cg_kcopy_r1(dt_cg_t *cg, int s, uint32_t size)
{
	int lok = dt_cg_label(cg);

	dt_cg_emit(cg, DT_MOV64_IMM(R2, (int32_t)size));
	dt_cg_lds(cg, R3, s);
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lok);
	dt_cg_lds(cg, R1, s);
	dt_cg_fault(cg, DT_FAULT_BADADDR, R1);
	dt_cg_place(cg, lok);
}

/* ---- stack slots and scratch -------------------------------------------- */

int
dt_cg_slot(dt_cg_t *cg)
{
	if (cg->cg_sp >= DT_STK_NSLOTS)
		dt_cg_error(cg, D_CG_TOOBIG, "expression too complex for the BPF stack");
	return cg->cg_sp++;
}

int16_t
dt_cg_slotoff(int s)
{
	return (int16_t)(DT_STK_SLOT0 - 8 * s);
}

void
dt_cg_lds(dt_cg_t *cg, int reg, int slot)
{
	dt_cg_emit(cg, DT_LDX(BPF_DW, reg, FP, dt_cg_slotoff(slot)));
}

void
dt_cg_sts(dt_cg_t *cg, int slot, int reg)
{
	dt_cg_emit(cg, DT_STX(BPF_DW, FP, reg, dt_cg_slotoff(slot)));
}

/* bytes of mstate scratch, 8-aligned; released at the end of a statement */
uint32_t
dt_cg_scratch(dt_cg_t *cg, uint32_t size)
{
	uint32_t off = cg->cg_scratch;
	cg->cg_scratch += (size + 7) & ~7u;
	if (cg->cg_scratch > INT16_MAX)
		dt_cg_error(cg, D_CG_TOOBIG, "clause needs more than %d bytes "
		    "of scratch space for its strings and alloca()",
		    INT16_MAX - cg->cg_scratch_base);
	if (cg->cg_scratch > cg->cg_need)
		cg->cg_need = cg->cg_scratch;
	return off;
}

uint32_t
dt_cg_strsize(dt_cg_t *cg)
{
	return DT_STRBUF(cg->cg_dtp);
}

/* ---- value helpers -------------------------------------------------------- */

/* make reg hold a value of type t, extended to 64 bits */
void
dt_cg_extend(dt_cg_t *cg, int reg, const dt_type_t *t)
{
	t = dt_type_resolve(t);
	if (t == NULL || !dt_type_is_int(t) || t->dt_size >= 8)
		return;
	int bits = 64 - 8 * (int)t->dt_size;
	if (t->dt_signed) {
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_LSH, reg, bits));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ARSH, reg, bits));
	} else if (t->dt_size == 4) {
		dt_cg_emit(cg, DT_MOV32_REG(reg, reg));
	} else {
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_AND, reg,
		    (int32_t)((1u << (8 * t->dt_size)) - 1)));
	}
}

/* convert the value in reg from type 'from' to type 'to' */
void
dt_cg_convert(dt_cg_t *cg, int reg, const dt_type_t *from, const dt_type_t *to)
{
	from = dt_type_resolve(from);
	to = dt_type_resolve(to);
	if (!dt_type_is_int(to) || !dt_type_is_int(from))
		return;
	if (to->dt_size > from->dt_size ||
	    (to->dt_size == from->dt_size && to->dt_signed == from->dt_signed))
		return;   /* already correctly extended */
	dt_cg_extend(cg, reg, to);
}

void
dt_cg_load(dt_cg_t *cg, int dst, int base, int16_t off, const dt_type_t *t)
{
	size_t sz = dt_type_size(t);
	if (sz != 1 && sz != 2 && sz != 4)
		sz = 8;
	dt_cg_emit(cg, DT_LDX(dt_emit_size((unsigned)sz), dst, base, off));
	if (sz < 8 && dt_type_is_signed(t))
		dt_cg_extend(cg, dst, t);
}

void
dt_cg_store(dt_cg_t *cg, int base, int16_t off, int src, const dt_type_t *t)
{
	size_t sz = dt_type_size(t);
	if (sz != 1 && sz != 2 && sz != 4)
		sz = 8;
	dt_cg_emit(cg, DT_STX(dt_emit_size((unsigned)sz), base, src, off));
}

/* r<reg> = at most max (unsigned) */
void
dt_cg_clampmax(dt_cg_t *cg, int reg, int32_t max)
{
	int lok = dt_cg_label(cg);

	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JLE, reg, max, 0), lok);
	dt_cg_emit(cg, DT_MOV64_IMM(reg, max));
	dt_cg_place(cg, lok);
}

/* slot res = the address of scratch offset off */
void
dt_cg_stsaddr(dt_cg_t *cg, int res, uint32_t off)
{
	dt_cg_emit(cg, DT_MOV64_REG(R0, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R0, (int32_t)off));
	dt_cg_sts(cg, res, R0);
}

int
dt_cg_isstr(const dt_node_t *n)
{
	return dt_type_is_string(n->dn_type);
}

/* ---- faults ---------------------------------------------------------------- */

static void dt_cg_fault_jmp(dt_cg_t *);

/* record a fault of kind 'fault' (address in addr_reg, or -1) and bail out */
void
dt_cg_fault(dt_cg_t *cg, int fault, int addr_reg)
{
	int pc = cg->cg_n;

	if (cg->cg_insub && cg->cg_lbl_cbfault < 0)
		dt_cg_error(cg, D_UNKNOWN, "internal error: a fault in a "
		    "string callback");
	dt_cg_emit(cg, DT_ST(BPF_W, R9, DT_MST_FAULT, fault));
	dt_cg_emit(cg, DT_ST(BPF_W, R9, DT_MST_FACTION, cg->cg_stmt));
	dt_cg_emit(cg, DT_ST(BPF_W, R9, DT_MST_FPC, pc));
	if (addr_reg >= 0)
		dt_cg_emit(cg, DT_STX(BPF_DW, R9, addr_reg, DT_MST_FADDR));
	else
		dt_cg_emit(cg, DT_ST(BPF_DW, R9, DT_MST_FADDR, 0));
	dt_cg_fault_jmp(cg);
}

/*
 * Leave for the fault handler, whose report is in the mstate row.  A loop
 * body (a callback) cannot jump there: it stops its loop, and the code
 * after the loop's call comes here again (dt_cg_loopstmt).
 */
static void
dt_cg_fault_jmp(dt_cg_t *cg)
{
	if (cg->cg_insub) {
		dt_cg_jmp(cg, DT_JA(0), cg->cg_lbl_cbfault);
		return;
	}
	cg->cg_nfaults++;
	dt_cg_emit(cg, DT_ST(BPF_DW, FP, DT_STK_RESUME, cg->cg_clauseno));
	dt_cg_jmp(cg, DT_JA(0), cg->cg_in_error ? cg->cg_lbl_errend :
	    cg->cg_lbl_fault);
}

/* ---- expressions ------------------------------------------------------------ */


void
dt_cg_string_lit(dt_cg_t *cg, int reg, const char *s, size_t len)
{
	uint32_t off = dt_strtab_add(cg->cg_dtp, s, len);
	dt_cg_ldmapval(cg, reg, DT_MAPID_STRTAB, off);
}

/* ---- grouped programs: values that depend on the probe that fired -------
 *
 * A program shared by an attachment group keeps the event's selector (a
 * system call number ...) at [fp + DT_STK_SEL], at most cg_selmax.  What
 * differs between the probes (EPID, ID, probefunc ...) is read from tables
 * indexed by the selector, placed in the read-only string table.
 */

/* r0 = tab[selector], tab holding vals[i] for the clause's i-th probe */
static void
dt_cg_sel_u32(dt_cg_t *cg, const uint32_t *vals)
{
	uint32_t n = cg->cg_selmax + 1;
	uint32_t *tab = calloc(n, sizeof(uint32_t));

	for (int i = 0; i < cg->cg_nclm; i++)
		tab[cg->cg_clm[i]->pr_sel] = vals[i];
	uint32_t off = dt_strtab_addbin(cg->cg_dtp, tab, n * sizeof(uint32_t));
	free(tab);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, FP, DT_STK_SEL));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R1, (int32_t)cg->cg_selmax, 0),
	    cg->cg_lbl_exit);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_LSH, R1, 2));
	dt_cg_ldmapval(cg, R0, DT_MAPID_STRTAB, off);
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R0, R1));
	dt_cg_emit(cg, DT_LDX(BPF_W, R0, R0, 0));
}

/* Go to lfail unless the selector is one of the n probes' in set.  With
 * inreg, the prologue has it in r1 already, checked against cg_selmax. */
static void
dt_cg_sel_filter(dt_cg_t *cg, dt_probe_t *const *set, int n, int lfail,
    int inreg)
{
	if (!inreg)
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, FP, DT_STK_SEL));
	if (n <= 4) {
		int lok = dt_cg_label(cg);
		for (int i = 0; i < n; i++)
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R1,
			    (int32_t)set[i]->pr_sel, 0), lok);
		dt_cg_jmp(cg, DT_JA(0), lfail);
		dt_cg_place(cg, lok);
		return;
	}
	uint32_t nb = cg->cg_selmax + 1;
	uint8_t *map = calloc(nb, 1);
	for (int i = 0; i < n; i++)
		map[set[i]->pr_sel] = 1;
	uint32_t off = dt_strtab_addbin(cg->cg_dtp, map, nb);
	free(map);
	if (!inreg)
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R1, (int32_t)cg->cg_selmax, 0),
		    lfail);
	dt_cg_ldmapval(cg, R0, DT_MAPID_STRTAB, off);
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R0, R1));
	dt_cg_emit(cg, DT_LDX(BPF_B, R0, R0, 0));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lfail);
}

static uint32_t dt_cg_epid_of(dtrace_hdl_t *, dt_probe_t *, dt_clause_t *);

/* reg = the EPID of the current clause for the probe that fired */
static void
dt_cg_epid(dt_cg_t *cg, int reg)
{
	if (cg->cg_nclm <= 1) {
		dt_cg_emit(cg, DT_MOV64_IMM(reg, cg->cg_epid));
		return;
	}
	uint32_t *v = calloc((size_t)cg->cg_nclm, sizeof(uint32_t));
	for (int i = 0; i < cg->cg_nclm; i++)
		v[i] = dt_cg_epid_of(cg->cg_dtp, cg->cg_clm[i], cg->cg_clause);
	dt_cg_sel_u32(cg, v);
	free(v);
	if (reg != R0)
		dt_cg_emit(cg, DT_MOV64_REG(reg, R0));
}

static const char *
dt_cg_probe_field(const dt_probe_t *pr, int field)
{
	switch (field) {
	case 0: return pr->pr_prov->pv_name;
	case 1: return pr->pr_mod;
	case 2: return pr->pr_func;
	default: return pr->pr_name;
	}
}

/* r0 = probeprov (0), probemod (1), probefunc (2) or probename (3) */
/* the first probe the current clause runs for: in a program shared by a
 * group, not necessarily the group's leader, cg_probe */
static const dt_probe_t *
dt_cg_clprobe(const dt_cg_t *cg)
{
	return cg->cg_nclm > 0 ? cg->cg_clm[0] : cg->cg_probe;
}

static void
dt_cg_probe_str(dt_cg_t *cg, int field)
{
	const char *s0 = dt_cg_probe_field(dt_cg_clprobe(cg), field);
	int same = 1;

	for (int i = 0; i < cg->cg_nclm && same; i++)
		same = strcmp(dt_cg_probe_field(cg->cg_clm[i], field), s0) == 0;
	if (cg->cg_nclm <= 1 || same) {
		dt_cg_string_lit(cg, R0, s0, strlen(s0));
		return;
	}
	uint32_t *v = calloc((size_t)cg->cg_nclm, sizeof(uint32_t));
	for (int i = 0; i < cg->cg_nclm; i++) {
		const char *f = dt_cg_probe_field(cg->cg_clm[i], field);
		v[i] = dt_strtab_add(cg->cg_dtp, f, strlen(f));
	}
	uint32_t bound = cg->cg_dtp->dt_strtablen;
	dt_cg_sel_u32(cg, v);
	free(v);
	/* the offset is one of the table's, all below bound: say so */
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R0, (int32_t)bound, 0),
	    cg->cg_lbl_exit);
	dt_cg_ldmapval(cg, R1, DT_MAPID_STRTAB, 0);
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R1, R0));
	dt_cg_emit(cg, DT_MOV64_REG(R0, R1));
}

static void dt_cg_curpidtgid(dt_cg_t *);

/* the dynamic-variable key for ident id with key expressions 'keys' */
uint32_t
dt_cg_dvar_key(dt_cg_t *cg, dt_ident_t *id, dt_node_t *keys)
{
	uint32_t ksz = id->di_keysize;
	uint32_t koff = dt_cg_scratch(cg, ksz);
	uint32_t o = 0;
	int base = cg->cg_sp;

	/* zero the key so string keys compare equal past their NUL */
	for (uint32_t i = 0; i < ksz; i += 8)
		dt_cg_emit(cg, DT_ST(BPF_DW, R9, (int16_t)(koff + i), 0));
	if (id->di_scope == DT_IDS_SELF) {
		dt_cg_curpidtgid(cg);
		dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, (int16_t)koff));
		o = 8;
	}
	for (dt_node_t *k = keys; k != NULL; k = k->dn_list) {
		int s = dt_cg_expr(cg, k);
		if (dt_cg_isstr(k)) {
			uint32_t ss = dt_cg_strsize(cg);
			dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, koff + o));
			dt_cg_emit(cg, DT_MOV64_IMM(R2, ss));
			dt_cg_lds(cg, R3, s);
			dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
			o += (ss + 7) & ~7u;
		} else {
			dt_cg_lds(cg, R0, s);
			dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, (int16_t)(koff + o)));
			o += 8;
		}
		cg->cg_sp = base;
	}
	return koff;
}

/* r0 = pointer to the dynamic variable's value, or 0 if unset */
void
dt_cg_dvar_lookup(dt_cg_t *cg, dt_ident_t *id, uint32_t koff)
{
	dt_cg_ldmap(cg, R1, DT_MAPID_DVAR + id->di_map);
	dt_cg_emit(cg, DT_MOV64_REG(R2, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2, koff));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_map_lookup_elem));
}

/*
 * A scalar variable at [base + off], with off past what an instruction's
 * 16-bit offset reaches (after large strings or structs among the
 * globals): r1 = base + off, and the offset left is 0.  Returns the base
 * register to use.
 */
static int
dt_cg_varbase(dt_cg_t *cg, int base, uint32_t *off)
{
	if (*off + 8 <= INT16_MAX)
		return base;
	dt_cg_emit(cg, DT_MOV64_REG(R1, base));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)*off));
	*off = 0;
	return R1;
}

/* load a variable (scalar or array element) into slot 'res' */
static void
dt_cg_var_load(dt_cg_t *cg, dt_node_t *n, int res)
{
	dt_ident_t *id = n->dn_ident;
	int str = dt_type_is_string(id->di_type);

	if (dt_type_is_sou(id->di_type)) {
		/* by reference: its address (cg/dt_cg_ref.c) */
		dt_cg_varptr(cg, n, res, 0, -1);
		return;
	}
	if (id->di_kind == DT_IDK_SCALAR && id->di_scope != DT_IDS_SELF) {
		int base = id->di_scope == DT_IDS_GLOBAL ? R8 : R9;
		uint32_t off = id->di_scope == DT_IDS_GLOBAL ?
		    DT_GLOB_USER + id->di_offset : DT_MST_THIS + id->di_offset;
		if (str) {
			dt_cg_emit(cg, DT_MOV64_REG(R0, base));
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R0, off));
		} else {
			base = dt_cg_varbase(cg, base, &off);
			dt_cg_load(cg, R0, base, (int16_t)off, id->di_type);
		}
		dt_cg_sts(cg, res, R0);
		return;
	}
	/* dynamic: self scalar or associative array */
	int lnull = dt_cg_label(cg), ldone = dt_cg_label(cg);
	uint32_t koff = dt_cg_dvar_key(cg, id, n->dn_kind == DT_NODE_INDEX ?
	    n->dn_args : NULL);
	dt_cg_dvar_lookup(cg, id, koff);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lnull);
	if (!str)
		dt_cg_load(cg, R0, R0, 0, id->di_type);
	dt_cg_sts(cg, res, R0);
	dt_cg_jmp(cg, DT_JA(0), ldone);
	dt_cg_place(cg, lnull);
	if (str)
		dt_cg_string_lit(cg, R0, "", 0);
	else
		dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_sts(cg, res, R0);
	dt_cg_place(cg, ldone);
}

/* store the value in slot 'val' (of type vt) into variable node n */
static void
dt_cg_var_store(dt_cg_t *cg, dt_node_t *n, int val, const dt_type_t *vt)
{
	dt_ident_t *id = n->dn_ident;
	int str = dt_type_is_string(id->di_type);
	uint32_t ss = dt_cg_strsize(cg);

	if (id->di_kind == DT_IDK_SCALAR && id->di_scope != DT_IDS_SELF) {
		int base = id->di_scope == DT_IDS_GLOBAL ? R8 : R9;
		uint32_t off = id->di_scope == DT_IDS_GLOBAL ?
		    DT_GLOB_USER + id->di_offset : DT_MST_THIS + id->di_offset;
		if (str) {
			dt_cg_emit(cg, DT_MOV64_REG(R1, base));
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, off));
			dt_cg_emit(cg, DT_MOV64_IMM(R2, ss));
			dt_cg_lds(cg, R3, val);
			dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
		} else {
			dt_cg_lds(cg, R0, val);
			dt_cg_convert(cg, R0, vt, id->di_type);
			base = dt_cg_varbase(cg, base, &off);
			dt_cg_store(cg, base, (int16_t)off, R0, id->di_type);
		}
		return;
	}

	/* dynamic variable: assigning 0 deletes it */
	int ldel = dt_cg_label(cg), ldone = dt_cg_label(cg);
	uint32_t koff = dt_cg_dvar_key(cg, id, n->dn_kind == DT_NODE_INDEX ?
	    n->dn_args : NULL);
	uint32_t voff;
	if (str) {
		voff = dt_cg_scratch(cg, ss);
		dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, voff));
		dt_cg_emit(cg, DT_MOV64_IMM(R2, ss));
		dt_cg_lds(cg, R3, val);
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
		/* the empty string is D's zero value for strings */
		dt_cg_emit(cg, DT_LDX(BPF_B, R0, R9, (int16_t)voff));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), ldel);
	} else {
		voff = dt_cg_scratch(cg, 8);
		dt_cg_lds(cg, R0, val);
		dt_cg_convert(cg, R0, vt, id->di_type);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), ldel);
		dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, (int16_t)voff));
	}
	dt_cg_ldmap(cg, R1, DT_MAPID_DVAR + id->di_map);
	dt_cg_emit(cg, DT_MOV64_REG(R2, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2, koff));
	dt_cg_emit(cg, DT_MOV64_REG(R3, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, voff));
	dt_cg_emit(cg, DT_MOV64_IMM(R4, BPF_ANY));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_map_update_elem));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), ldone);
	/* no room: count a dynamic variable drop */
	dt_cg_mstinc(cg, DT_MST_NDYNDROPS);
	dt_cg_jmp(cg, DT_JA(0), ldone);
	dt_cg_place(cg, ldel);
	dt_cg_ldmap(cg, R1, DT_MAPID_DVAR + id->di_map);
	dt_cg_emit(cg, DT_MOV64_REG(R2, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2, koff));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_map_delete_elem));
	dt_cg_place(cg, ldone);
}

/* read 'size' bytes of kernel memory at r3 + off into the stack at fpoff */
static void
dt_cg_kread(dt_cg_t *cg, int32_t off, int16_t fpoff, int32_t size)
{
	if (off != 0)
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, off));
	dt_cg_emit(cg, DT_MOV64_REG(R1, FP));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, fpoff));
	dt_cg_emit(cg, DT_MOV64_IMM(R2, size));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
}

/*
 * The thread a probe fires for is the current one, except for probes that
 * fire on behalf of another (sched:::on-cpu fires at the switch, for the
 * thread switched to): their pr_curtask names the context word holding
 * that thread's task_struct pointer, and pid, tid, execname, curthread,
 * uid, gid and self-> variables are that thread's.
 */
static void
dt_cg_curtask(dt_cg_t *cg)
{
	int w = cg->cg_probe->pr_curtask;

	if (w == 0) {
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_get_current_task));
		return;
	}
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, FP, DT_STK_CTX));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R1, (int16_t)(8 * (w - 1))));
}

/* r0 = tgid << 32 | tid, as bpf_get_current_pid_tgid() */
static void
dt_cg_curpidtgid(dt_cg_t *cg)
{
	dtrace_hdl_t *dtp = cg->cg_dtp;

	if (cg->cg_probe->pr_curtask == 0) {
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_get_current_pid_tgid));
		return;
	}
	dt_cg_curtask(cg);
	dt_cg_emit(cg, DT_MOV64_REG(R6, R0));
	dt_cg_tramp_kload(cg, R6, (int32_t)dtp->dt_off_tgid, 4);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_LSH, R0, 32));
	dt_cg_emit(cg, DT_MOV64_REG(R7, R0));
	dt_cg_tramp_kload(cg, R6, (int32_t)dtp->dt_off_pid, 4);
	dt_cg_emit(cg, DT_ALU64_REG(BPF_OR, R0, R7));
}

/* r0 = uid (gid: 1) of the probe's thread */
static void
dt_cg_curid(dt_cg_t *cg, int gid)
{
	dtrace_hdl_t *dtp = cg->cg_dtp;

	if (cg->cg_probe->pr_curtask == 0) {
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_get_current_uid_gid));
		if (gid)
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_RSH, R0, 32));
		else
			dt_cg_emit(cg, DT_MOV32_REG(R0, R0));
		return;
	}
	dt_cg_curtask(cg);
	dt_cg_tramp_kload(cg, R0, (int32_t)dtp->dt_off_cred, 8);
	dt_cg_tramp_kload(cg, R0, (int32_t)(gid ? dtp->dt_off_cred_gid :
	    dtp->dt_off_cred_uid), 4);
}

/*
 * args->field of a tracepoint: from the event's record, the program's
 * context.  Integers load directly; char arrays are copied and terminated;
 * __data_loc strings (a u32: length << 16 | offset in the record) are read
 * from the record's address as a number, since the verifier allows no
 * variable offset from the context pointer.
 */
static void
dt_cg_tpfield(dt_cg_t *cg, dt_node_t *n, int res)
{
	const dt_tpfield_t *f = n->dn_cg;
	static const int sz[] = { [1] = BPF_B, [2] = BPF_H, [4] = BPF_W,
	    [8] = BPF_DW };

	if (f->tf_kind == DT_TPF_INT) {
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, FP, DT_STK_CTX));
		dt_cg_emit(cg, DT_LDX(sz[f->tf_size], R0, R1,
		    (int16_t)f->tf_offset));
		dt_cg_extend(cg, R0, n->dn_type);
		dt_cg_sts(cg, res, R0);
		return;
	}
	uint32_t ss = dt_cg_strsize(cg);
	uint32_t off = dt_cg_scratch(cg, ss);
	if (f->tf_kind == DT_TPF_CHARS) {
		uint32_t len = f->tf_size < ss - 1 ? f->tf_size : ss - 1;
		dt_cg_emit(cg, DT_LDX(BPF_DW, R3, FP, DT_STK_CTX));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, (int32_t)f->tf_offset));
		dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)off));
		dt_cg_emit(cg, DT_MOV64_IMM(R2, (int32_t)len));
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
		dt_cg_emit(cg, DT_ST(BPF_B, R9, (int16_t)(off + len), 0));
	} else {
		/* the record's address, as a number */
		dt_cg_emit(cg, DT_MOV64_REG(R1, FP));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, DT_STK_TMP));
		dt_cg_emit(cg, DT_MOV64_IMM(R2, 8));
		dt_cg_emit(cg, DT_MOV64_REG(R3, FP));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, DT_STK_CTX));
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, FP, DT_STK_CTX));
		dt_cg_emit(cg, DT_LDX(BPF_W, R3, R1, (int16_t)f->tf_offset));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_AND, R3, 0xffff));
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, FP, DT_STK_TMP));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R3, R1));
		dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)off));
		dt_cg_emit(cg, DT_MOV64_IMM(R2, (int32_t)ss));
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
	}
	dt_cg_stsaddr(cg, res, off);
}

/*
 * Copy the string at r3 (user memory if user) into scratch at off, at most
 * the length in r2 (already bounded to 1 .. strsize + 1) with its NUL; a
 * bad address faults the clause.  r0 = the length copied, NUL included.
 */
void
dt_cg_strcopy(dt_cg_t *cg, uint32_t off, int user)
{
	int lok = dt_cg_label(cg);

	dt_cg_emit(cg, DT_STX(BPF_DW, FP, R3, DT_STK_TMP));
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)off));
	dt_cg_emit(cg, DT_CALL(user ? BPF_FUNC_probe_read_user_str :
	    BPF_FUNC_probe_read_kernel_str));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGT, R0, 0, 0), lok);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, FP, DT_STK_TMP));
	dt_cg_fault(cg, DT_FAULT_BADADDR, R1);
	dt_cg_place(cg, lok);
}

/*
 * The value of an object of type t in kernel memory, whose address is in
 * slot 'res', replaces the address there.  Scalars and bit-fields are read
 * with bpf_probe_read_kernel(), a char array is copied as a string into
 * scratch space, and a struct, union or other array stays an address.
 * A read that fails is a fault of the clause, as in DTrace.
 */
void
dt_cg_memload(dt_cg_t *cg, const dt_type_t *t, int bits, uint32_t bitoff,
    int res)
{
	const dt_type_t *rt = dt_type_resolve(t);
	int lok = dt_cg_label(cg);

	if (rt->dt_kind == DT_TK_ARRAY && dt_type_is_string(rt)) {
		uint32_t ss = dt_cg_strsize(cg);
		uint32_t off = dt_cg_scratch(cg, ss);
		/* room for the terminator after a full array, which has
		 * no NUL of its own */
		uint32_t len = rt->dt_nelems == 0 || rt->dt_nelems + 1 > ss ?
		    ss : (uint32_t)rt->dt_nelems + 1;
		dt_cg_emit(cg, DT_MOV64_IMM(R2, (int32_t)len));
		dt_cg_lds(cg, R3, res);
		dt_cg_strcopy(cg, off, 0);
		dt_cg_stsaddr(cg, res, off);
		return;
	}
	if (rt->dt_kind == DT_TK_STRUCT || rt->dt_kind == DT_TK_UNION ||
	    rt->dt_kind == DT_TK_ARRAY)
		return;

	uint32_t sz = (uint32_t)dt_type_size(rt);
	uint32_t shift = bitoff % 8;
	if (bits != 0)
		sz = (shift + (uint32_t)bits + 7) / 8;
	else if (sz != 1 && sz != 2 && sz != 4)
		sz = 8;
	if (bits != 0)      /* read as 8 bytes below: the rest zero */
		dt_cg_emit(cg, DT_ST(BPF_DW, FP, DT_STK_TMP, 0));
	dt_cg_lds(cg, R3, res);
	dt_cg_emit(cg, DT_MOV64_REG(R1, FP));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, DT_STK_TMP));
	dt_cg_emit(cg, DT_MOV64_IMM(R2, (int32_t)sz));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lok);
	dt_cg_lds(cg, R1, res);
	dt_cg_fault(cg, DT_FAULT_BADADDR, R1);
	dt_cg_place(cg, lok);
	if (bits == 0) {
		dt_cg_load(cg, R0, FP, DT_STK_TMP, t);
	} else {
		dt_cg_emit(cg, DT_LDX(BPF_DW, R0, FP, DT_STK_TMP));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_LSH, R0, 64 - (int)shift - bits));
		dt_cg_emit(cg, DT_ALU64_IMM(dt_type_is_signed(rt) ? BPF_ARSH :
		    BPF_RSH, R0, 64 - bits));
	}
	dt_cg_sts(cg, res, R0);
}

/*
 * __psargs(task): the command line, as psinfo_t's pr_psargs: the first 79
 * bytes of the argument strings, separated by spaces.  They are user
 * memory, readable only in the task's own context: for another task, and
 * for kernel threads, the result is the task's name.
 */
#define DT_PRARGSZ 80

static void
dt_cg_psargs(dt_cg_t *cg, dt_node_t *n, int res)
{
	dtrace_hdl_t *dtp = cg->cg_dtp;
	long mm = dt_btf_offsetof(dtp, "task_struct", "mm");
	long as = dt_btf_offsetof(dtp, "mm_struct", "arg_start");
	long ae = dt_btf_offsetof(dtp, "mm_struct", "arg_end");
	long comm = dt_btf_offsetof(dtp, "task_struct", "comm");
	uint32_t ss = dt_cg_strsize(cg);
	uint32_t off = dt_cg_scratch(cg, ss);
	int max = (int)(ss - 1 < DT_PRARGSZ ? ss - 1 : DT_PRARGSZ);
	int lcomm = dt_cg_label(cg), ldone = dt_cg_label(cg);
	int lterm = dt_cg_label(cg);

	if (mm < 0 || as < 0 || ae != as + 8 || comm < 0) {
		dt_cg_error(cg, D_UNKNOWN, "kernel BTF lacks the task_struct "
		    "and mm_struct members that pr_psargs needs");
		return;
	}
	int s = dt_cg_expr(cg, n->dn_args);
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_get_current_task));
	dt_cg_lds(cg, R6, s);
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JNE, R0, R6, 0), lcomm);
	/* mm, then its arg_start and arg_end */
	dt_cg_emit(cg, DT_MOV64_REG(R3, R6));
	dt_cg_kread(cg, (int32_t)mm, DT_STK_TMP, 8);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0), lcomm);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R3, FP, DT_STK_TMP));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R3, 0, 0), lcomm);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, (int32_t)as));
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)off));
	dt_cg_emit(cg, DT_MOV64_IMM(R2, 16));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0), lcomm);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R3, R9, (int16_t)off));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R7, R9, (int16_t)(off + 8)));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R7, R3));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSLE, R7, 0, 0), lcomm);
	dt_cg_clampmax(cg, R7, max);
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)off));
	dt_cg_emit(cg, DT_MOV64_REG(R2, R7));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_user));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0), lcomm);
	/* the strings' NULs become spaces; the last byte read ends it */
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R7, 1));
	for (int i = 0; i < max - 1; i++) {
		int lnext = dt_cg_label(cg);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JLE, R7, i, 0), lterm);
		dt_cg_emit(cg, DT_LDX(BPF_B, R0, R9, (int16_t)(off + i)));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0), lnext);
		dt_cg_emit(cg, DT_ST(BPF_B, R9, (int16_t)(off + i), ' '));
		dt_cg_place(cg, lnext);
	}
	dt_cg_place(cg, lterm);
	/* never taken: bounds r7 for the verifier */
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R7, max - 1, 0), lcomm);
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R1, R7));
	dt_cg_emit(cg, DT_ST(BPF_B, R1, (int16_t)off, 0));
	dt_cg_jmp(cg, DT_JA(0), ldone);
	dt_cg_place(cg, lcomm);
	dt_cg_lds(cg, R3, s);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, (int32_t)comm));
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)off));
	dt_cg_emit(cg, DT_MOV64_IMM(R2, 16));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
	dt_cg_place(cg, ldone);
	dt_cg_stsaddr(cg, res, off);
}

/*
 * String subroutines.  Each result is a new strsize + 1 buffer in scratch;
 * the copies are bpf_probe_read_{kernel,user}_str(), which stop at the
 * first NUL, so the verifier sees one helper call rather than a loop of
 * strsize steps per use.
 */

/* left->member, left.member: the member's address, then its value */
/*
 * Slot res = the address of n, an object in kernel memory (see
 * dt_sema_inmem): p->m or s.m, *p, p[i], or a kernel variable, whose
 * address the kernel gives the program by its BTF id (this CPU's copy
 * of a per-CPU one), or a kernel function's, from /proc/kallsyms.
 */
void dt_cg_addr(dt_cg_t *, dt_node_t *, int);

/* slot of the address of the array or struct n; a char array in kernel
 * memory has a value of its own, the string copied out of it */
static int
dt_cg_base(dt_cg_t *cg, dt_node_t *n)
{
	int inmem = n->dn_kind == DT_NODE_MEMBER || (n->dn_kind ==
	    DT_NODE_INDEX && n->dn_aux == 1) || (n->dn_kind == DT_NODE_OP1 &&
	    n->dn_op == DT_TOK_DEREF) || (n->dn_kind == DT_NODE_IDENT &&
	    n->dn_ident != NULL && n->dn_ident->di_kind == DT_IDK_KSYM);

	if (!inmem || n->dn_cg != NULL || (n->dn_flags & DT_NF_WRITABLE) ||
	    dt_type_resolve(n->dn_type)->dt_kind != DT_TK_ARRAY)
		return dt_cg_expr(cg, n);
	int res = dt_cg_slot(cg);
	dt_cg_addr(cg, n, res);
	return res;
}

void
dt_cg_addr(dt_cg_t *cg, dt_node_t *n, int res)
{
	dt_ident_t *id = n->dn_ident;
	int s;

	switch (n->dn_kind) {
	case DT_NODE_IDENT:
		if (id->di_id == 0) {
			dt_cg_imm(cg, R0, (uint64_t)id->di_value);
		} else {
			dt_cg_ldimm64(cg, R1, (uint32_t)id->di_id,
			    BPF_PSEUDO_BTF_ID);
			if (id->di_value)
				dt_cg_emit(cg, DT_CALL(BPF_FUNC_this_cpu_ptr));
			else
				dt_cg_emit(cg, DT_MOV64_REG(R0, R1));
		}
		break;
	case DT_NODE_MEMBER:
		s = dt_cg_base(cg, n->dn_left);
		dt_cg_lds(cg, R0, s);
		if (n->dn_value / 8 != 0)
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R0,
			    (int32_t)(n->dn_value / 8)));
		break;
	case DT_NODE_INDEX: {       /* p[i] of a pointer or an array */
		int sb = dt_cg_base(cg, n->dn_left);
		int si = dt_cg_expr(cg, n->dn_args);
		uint32_t esz = (uint32_t)dt_type_size(n->dn_type);
		dt_cg_lds(cg, R1, si);
		dt_cg_extend(cg, R1, n->dn_args->dn_type);
		if (esz != 1)
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_MUL, R1, (int32_t)esz));
		dt_cg_lds(cg, R0, sb);
		dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R0, R1));
		break;
	}
	default:                    /* *p */
		s = dt_cg_expr(cg, n->dn_left);
		dt_cg_lds(cg, R0, s);
		break;
	}
	dt_cg_sts(cg, res, R0);
	cg->cg_sp = res + 1;
}

/* the value of n, an object in kernel memory, or x.m, x.a[i] of a D
 * variable */
static void
dt_cg_inmem(dt_cg_t *cg, dt_node_t *n, int res)
{
	if (n->dn_flags & DT_NF_WRITABLE) {
		dt_cg_refload(cg, n, res);
		return;
	}
	dt_cg_addr(cg, n, res);
	dt_cg_memload(cg, n->dn_type, n->dn_kind == DT_NODE_MEMBER ?
	    n->dn_bits : 0, n->dn_kind == DT_NODE_MEMBER ?
	    (uint32_t)n->dn_value : 0, res);
}

/*
 * stack(), ustack(): the trace goes to the stack map (bpf_get_stackid), and
 * the value is a handle (consume/dt_sym.h): id + 1, the frames wanted and,
 * for user stacks, the process.  A stack that cannot be taken is 0.
 */
static void
dt_cg_stack(dt_cg_t *cg, dt_node_t *n, int res)
{
	int user = n->dn_ident->di_id == DT_FN_USTACK;
	uint64_t frames = n->dn_args ? n->dn_args->dn_value : 0;
	int ldone = dt_cg_label(cg);

	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, FP, DT_STK_CTX));
	dt_cg_ldmap(cg, R2, DT_MAPID_STACKS);
	/* from a raw tracepoint, the kernel stack starts with the program,
	 * bpf_trace_run<N>() and the tracepoint's __bpf_trace_<name>(); from
	 * fentry/fexit, with the program and the BPF trampoline: skip them
	 * so that it starts where the event happened (for fbt, the traced
	 * function, as from a kprobe) */
	enum bpf_prog_type pt = cg->cg_probe->pr_prov->pv_ops->po_progtype(
	    cg->cg_probe);
	int skip = user ? 0 : pt == BPF_PROG_TYPE_RAW_TRACEPOINT ? 3 :
	    pt == BPF_PROG_TYPE_TRACING ? 2 : 0;
	dt_cg_emit(cg, DT_MOV64_IMM(R3, user ? BPF_F_USER_STACK : skip));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_get_stackid));
	dt_cg_emit(cg, DT_MOV64_REG(R1, R0));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSLT, R1, 0, 0), ldone);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, 1));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_OR, R1, (int32_t)(frames << 24)));
	dt_cg_emit(cg, DT_MOV64_REG(R0, R1));
	if (user) {
		dt_cg_sts(cg, res, R0);
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_get_current_pid_tgid));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_RSH, R0, 32));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_LSH, R0, 32));
		dt_cg_lds(cg, R1, res);
		dt_cg_emit(cg, DT_ALU64_REG(BPF_OR, R0, R1));
	}
	dt_cg_place(cg, ldone);
	dt_cg_sts(cg, res, R0);
}

static void
dt_cg_builtin(dt_cg_t *cg, dt_node_t *n, int res)
{
	dtrace_hdl_t *dtp = cg->cg_dtp;
	dt_probe_t *pr = cg->cg_probe;
	int v = n->dn_ident->di_id;

	if (v >= DT_VAR_ARG0 && v <= DT_VAR_ARG9) {
		if (v - DT_VAR_ARG0 >= pr->pr_nargv)
			dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
		else
			dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R9,
			    (int16_t)(DT_MST_ARGV + 8 * (v - DT_VAR_ARG0))));
		dt_cg_sts(cg, res, R0);
		return;
	}
	switch (v) {
	case DT_VAR_TIMESTAMP:
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_ktime_get_ns));
		break;
	case DT_VAR_WALLTIMESTAMP:
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_ktime_get_ns));
		dt_cg_ldimm64(cg, R1, dtp->dt_boottime_ns, 0);
		dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R0, R1));
		break;
	case DT_VAR_VTIMESTAMP: {
		/*
		 * Thread CPU time: the scheduler's total up to its last
		 * accounting update (se.sum_exec_runtime) plus the time run
		 * since (now - se.exec_start), read from the task by offsets
		 * from BTF.  The scheduler's clock and ktime are both
		 * nanoseconds since boot; a negative difference counts as 0.
		 */
		int lpos = dt_cg_label(cg);
		int16_t so = dt_cg_slotoff(res);
		dt_cg_curtask(cg);
		dt_cg_sts(cg, res, R0);
		dt_cg_emit(cg, DT_MOV64_REG(R3, R0));
		dt_cg_kread(cg, (int32_t)dtp->dt_off_exec_start, DT_STK_TMP, 8);
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_ktime_get_ns));
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, FP, DT_STK_TMP));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R0, R1));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGT, R0, 0, 0), lpos);
		dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
		dt_cg_place(cg, lpos);
		dt_cg_emit(cg, DT_STX(BPF_DW, FP, R0, DT_STK_TMP));
		dt_cg_lds(cg, R3, res);
		dt_cg_kread(cg, (int32_t)dtp->dt_off_sum_exec, so, 8);
		dt_cg_lds(cg, R0, res);
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, FP, DT_STK_TMP));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R0, R1));
		break;
	}
	case DT_VAR_PID:
		dt_cg_curpidtgid(cg);
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_RSH, R0, 32));
		break;
	case DT_VAR_TID:
		dt_cg_curpidtgid(cg);
		dt_cg_emit(cg, DT_MOV32_REG(R0, R0));
		break;
	case DT_VAR_UID:
	case DT_VAR_GID:
		dt_cg_curid(cg, v == DT_VAR_GID);
		break;
	case DT_VAR_PPID:
		dt_cg_curtask(cg);
		dt_cg_emit(cg, DT_MOV64_REG(R3, R0));
		dt_cg_kread(cg, (int32_t)dtp->dt_off_real_parent, DT_STK_TMP, 8);
		dt_cg_emit(cg, DT_LDX(BPF_DW, R3, FP, DT_STK_TMP));
		dt_cg_emit(cg, DT_ST(BPF_DW, FP, DT_STK_TMP, 0));
		dt_cg_kread(cg, (int32_t)dtp->dt_off_tgid, DT_STK_TMP, 4);
		dt_cg_emit(cg, DT_LDX(BPF_W, R0, FP, DT_STK_TMP));
		break;
	case DT_VAR_EXECNAME: {
		uint32_t off = dt_cg_scratch(cg, dt_cg_strsize(cg));
		dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, off));
		dt_cg_emit(cg, DT_MOV64_IMM(R2, 16));
		if (pr->pr_curtask != 0) {
			dt_cg_emit(cg, DT_MOV64_REG(R6, R1));
			dt_cg_curtask(cg);
			dt_cg_emit(cg, DT_MOV64_REG(R3, R0));
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3,
			    (int32_t)dtp->dt_off_comm));
			dt_cg_emit(cg, DT_MOV64_REG(R1, R6));
			dt_cg_emit(cg, DT_MOV64_IMM(R2, 16));
			dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
		} else
			dt_cg_emit(cg, DT_CALL(BPF_FUNC_get_current_comm));
		dt_cg_emit(cg, DT_MOV64_REG(R0, R9));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R0, off));
		break;
	}
	case DT_VAR_CPU:
		dt_cg_emit(cg, DT_LDX(BPF_W, R0, FP, DT_STK_CPU));
		break;
	case DT_VAR_PROBEPROV:
	case DT_VAR_PROBEMOD:
	case DT_VAR_PROBEFUNC:
	case DT_VAR_PROBENAME:
		dt_cg_probe_str(cg, v - DT_VAR_PROBEPROV);
		break;
	case DT_VAR_EPID:
		dt_cg_epid(cg, R0);
		break;
	case DT_VAR_ID:
		if (cg->cg_nclm > 1) {
			uint32_t *ids = calloc((size_t)cg->cg_nclm, 4);
			for (int i = 0; i < cg->cg_nclm; i++)
				ids[i] = cg->cg_clm[i]->pr_id;
			dt_cg_sel_u32(cg, ids);
			free(ids);
		} else
			dt_cg_emit(cg, DT_MOV64_IMM(R0, dt_cg_clprobe(cg)->pr_id));
		break;
	case DT_VAR_CURTHREAD:
		dt_cg_curtask(cg);
		break;
	case DT_VAR_ERRNO:
		/* at a system call's return: -ret for -4095..-1, else 0 */
		dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
		if (pr->pr_flags & DT_PRF_SYSRET) {
			int ldone = dt_cg_label(cg);
			dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DT_MST_ARGV));
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGE, R1, 0, 0), ldone);
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSLT, R1, -4095, 0), ldone);
			dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R0, R1));
			dt_cg_place(cg, ldone);
		}
		break;
	default:
		dt_cg_error(cg, D_UNKNOWN, "internal error: built-in variable %s is not supported yet",
		    n->dn_ident->di_name);
	}
	dt_cg_sts(cg, res, R0);
}

/* r0 = a - b at the first differing byte, 0 if the strings are equal */
static void
dt_cg_strcmp(dt_cg_t *cg, int sa, int sb)
{
	int lloop = dt_cg_label(cg), ldiff = dt_cg_label(cg);
	int ldone = dt_cg_label(cg);

	/* NULL (strchr() ... finding nothing) compares as "" */
	for (int i = 0; i < 2; i++) {
		int lset = dt_cg_label(cg);
		dt_cg_lds(cg, R1 + i, i == 0 ? sa : sb);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R1 + i, 0, 0), lset);
		dt_cg_string_lit(cg, R1 + i, "", 0);
		dt_cg_place(cg, lset);
	}
	dt_cg_emit(cg, DT_MOV64_IMM(R3, 0));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_place(cg, lloop);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGE, R3, dt_cg_strsize(cg), 0), ldone);
	dt_cg_emit(cg, DT_MOV64_REG(R4, R1));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R4, R3));
	dt_cg_emit(cg, DT_LDX(BPF_B, R4, R4, 0));
	dt_cg_emit(cg, DT_MOV64_REG(R5, R2));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R5, R3));
	dt_cg_emit(cg, DT_LDX(BPF_B, R5, R5, 0));
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JNE, R4, R5, 0), ldiff);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R4, 0, 0), ldone);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, 1));
	dt_cg_jmp(cg, DT_JA(0), lloop);
	dt_cg_place(cg, ldiff);
	dt_cg_emit(cg, DT_MOV64_REG(R0, R4));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R0, R5));
	dt_cg_place(cg, ldone);
}

static int
dt_cg_jop(dt_token_t op, int sign)
{
	switch (op) {
	case DT_TOK_EQU: return BPF_JEQ;
	case DT_TOK_NEQ: return BPF_JNE;
	case DT_TOK_LT: return sign ? BPF_JSLT : BPF_JLT;
	case DT_TOK_LE: return sign ? BPF_JSLE : BPF_JLE;
	case DT_TOK_GT: return sign ? BPF_JSGT : BPF_JGT;
	default: return sign ? BPF_JSGE : BPF_JGE;
	}
}

/* r0 = r1 op r2 for a binary arithmetic operator on type t */
static void
dt_cg_arith(dt_cg_t *cg, dt_token_t op, const dt_type_t *t)
{
	int sign = dt_type_is_signed(t);

	switch (op) {
	case DT_TOK_ADD: case DT_TOK_SUB: case DT_TOK_MUL: case DT_TOK_BAND:
	case DT_TOK_BOR: case DT_TOK_XOR: case DT_TOK_LSH: case DT_TOK_RSH: {
		int bop = op == DT_TOK_ADD ? BPF_ADD : op == DT_TOK_SUB ? BPF_SUB :
		    op == DT_TOK_MUL ? BPF_MUL : op == DT_TOK_BAND ? BPF_AND :
		    op == DT_TOK_BOR ? BPF_OR : op == DT_TOK_XOR ? BPF_XOR :
		    op == DT_TOK_LSH ? BPF_LSH : sign ? BPF_ARSH : BPF_RSH;
		if (op == DT_TOK_LSH || op == DT_TOK_RSH) {
			/* shift counts are taken mod the width, as BPF does */
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_AND, R2, 63));
		}
		dt_cg_emit(cg, DT_MOV64_REG(R0, R1));
		dt_cg_emit(cg, DT_ALU64_REG(bop, R0, R2));
		break;
	}
	case DT_TOK_DIV:
	case DT_TOK_MOD: {
		int lok = dt_cg_label(cg);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R2, 0, 0), lok);
		dt_cg_fault(cg, DT_FAULT_DIVZERO, -1);
		dt_cg_place(cg, lok);
		if (!sign) {
			dt_cg_emit(cg, DT_MOV64_REG(R0, R1));
			dt_cg_emit(cg, DT_ALU64_REG(op == DT_TOK_DIV ? BPF_DIV :
			    BPF_MOD, R0, R2));
			break;
		}
		/* signed: divide magnitudes, then fix the sign (C99 rules) */
		int l1 = dt_cg_label(cg), l2 = dt_cg_label(cg);
		int l3 = dt_cg_label(cg);
		dt_cg_emit(cg, DT_MOV64_IMM(R3, 0));   /* result sign */
		dt_cg_emit(cg, DT_MOV64_IMM(R4, 0));   /* dividend sign */
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGE, R1, 0, 0), l1);
		dt_cg_emit(cg, DT_NEG64(R1));
		dt_cg_emit(cg, DT_MOV64_IMM(R3, 1));
		dt_cg_emit(cg, DT_MOV64_IMM(R4, 1));
		dt_cg_place(cg, l1);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGE, R2, 0, 0), l2);
		dt_cg_emit(cg, DT_NEG64(R2));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_XOR, R3, 1));
		dt_cg_place(cg, l2);
		dt_cg_emit(cg, DT_MOV64_REG(R0, R1));
		dt_cg_emit(cg, DT_ALU64_REG(op == DT_TOK_DIV ? BPF_DIV : BPF_MOD,
		    R0, R2));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, op == DT_TOK_DIV ? R3 : R4,
		    0, 0), l3);
		dt_cg_emit(cg, DT_NEG64(R0));
		dt_cg_place(cg, l3);
		break;
	}
	default:
		dt_cg_error(cg, D_UNKNOWN, "internal error: operator %s", dt_token_name(op));
	}
	if (!cg->cg_noext)
		dt_cg_extend(cg, R0, t);
}

static int
dt_cg_assign(dt_cg_t *cg, dt_node_t *n)
{
	dt_node_t *l = n->dn_left, *r = n->dn_right;
	int want = !cg->cg_void;
	cg->cg_void = 0;
	int res = dt_cg_slot(cg);
	int rs = dt_cg_expr(cg, r);
	/* structs, and what is inside variables, are written through a
	 * pointer to their storage (cg/dt_cg_ref.c) */
	int ref = dt_cg_isreflv(l);
	int ps = -1, lskip = -1;

	if (ref) {
		if (dt_type_is_sou(l->dn_type))
			dt_cg_refsrc(cg, rs, l->dn_type);
		ps = dt_cg_slot(cg);
		lskip = dt_cg_label(cg);
		dt_cg_lvptr(cg, l, ps, 1, lskip);
	}
	if (n->dn_op != DT_TOK_ASGN) {
		int ls = dt_cg_slot(cg);
		if (ref)
			dt_cg_refget(cg, l, ps, ls);
		else
			dt_cg_var_load(cg, l, ls);
		dt_type_t *t = dt_type_arith(cg->cg_dtp->dt_types, l->dn_type,
		    r->dn_type);
		dt_token_t op = dt_token_asgn_op(n->dn_op);
		if (op == DT_TOK_LSH || op == DT_TOK_RSH)
			t = dt_type_promote(cg->cg_dtp->dt_types, l->dn_type);
		dt_cg_lds(cg, R1, ls);
		dt_cg_convert(cg, R1, l->dn_type, t);
		dt_cg_lds(cg, R2, rs);
		dt_cg_convert(cg, R2, r->dn_type, t);
		dt_cg_arith(cg, op, t);
		dt_cg_convert(cg, R0, t, l->dn_type);
		dt_cg_sts(cg, rs, R0);
		if (ref)
			dt_cg_refput(cg, l, ps, rs, l->dn_type);
		else
			dt_cg_var_store(cg, l, rs, l->dn_type);
	} else if (ref) {
		dt_cg_refput(cg, l, ps, rs, r->dn_type);
	} else {
		dt_cg_var_store(cg, l, rs, r->dn_type);
	}
	if (ref)
		dt_cg_place(cg, lskip);
	/* the value of an assignment is the stored value */
	if (!want) {
		/* a statement of its own: nobody reads the value */
	} else if (ref && (dt_type_is_string(l->dn_type) ||
	    dt_type_is_sou(l->dn_type))) {
		dt_cg_lds(cg, R0, rs);          /* the value assigned */
		dt_cg_sts(cg, res, R0);
	} else if (dt_type_is_string(l->dn_type)) {
		dt_cg_var_load(cg, l, res);
	} else {
		dt_cg_lds(cg, R0, rs);
		dt_cg_convert(cg, R0, r->dn_type, l->dn_type);
		dt_cg_sts(cg, res, R0);
	}
	cg->cg_sp = res + 1;
	return res;
}

static int
dt_cg_incdec(dt_cg_t *cg, dt_node_t *n)
{
	dt_node_t *l = n->dn_left;
	int res = dt_cg_slot(cg), cur = dt_cg_slot(cg);
	int post = n->dn_op == DT_TOK_POSTINC || n->dn_op == DT_TOK_POSTDEC;
	int inc = n->dn_op == DT_TOK_POSTINC || n->dn_op == DT_TOK_PREINC;
	int ref = dt_cg_isreflv(l);
	int ps = -1, lskip = -1;

	if (ref) {
		/* in a D variable's storage (cg/dt_cg_ref.c) */
		ps = dt_cg_slot(cg);
		lskip = dt_cg_label(cg);
		dt_cg_emit(cg, DT_ST(BPF_DW, FP, dt_cg_slotoff(res), 0));
		dt_cg_lvptr(cg, l, ps, 1, lskip);
		dt_cg_refget(cg, l, ps, cur);
	} else {
		dt_cg_var_load(cg, l, cur);
	}
	dt_cg_lds(cg, R0, cur);
	if (post)
		dt_cg_sts(cg, res, R0);
	dt_cg_emit(cg, DT_ALU64_IMM(inc ? BPF_ADD : BPF_SUB, R0, 1));
	dt_cg_extend(cg, R0, l->dn_type);
	dt_cg_sts(cg, cur, R0);
	if (!post)
		dt_cg_sts(cg, res, R0);
	if (ref) {
		dt_cg_refput(cg, l, ps, cur, l->dn_type);
		dt_cg_place(cg, lskip);
	} else {
		dt_cg_var_store(cg, l, cur, l->dn_type);
	}
	cg->cg_sp = res + 1;
	return res;
}

static int
dt_cg_logical(dt_cg_t *cg, dt_node_t *n)
{
	int res = dt_cg_slot(cg);
	int lfalse = dt_cg_label(cg), ltrue = dt_cg_label(cg);
	int ldone = dt_cg_label(cg);
	int ls = dt_cg_expr(cg, n->dn_left);

	dt_cg_lds(cg, R0, ls);
	if (n->dn_op == DT_TOK_LAND)
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lfalse);
	else if (n->dn_op == DT_TOK_LOR)
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0), ltrue);
	int rs = dt_cg_expr(cg, n->dn_right);
	dt_cg_lds(cg, R0, rs);
	if (n->dn_op == DT_TOK_LXOR) {
		dt_cg_lds(cg, R1, ls);
		/* normalise both to 0/1, then compare */
		int a1 = dt_cg_label(cg), b1 = dt_cg_label(cg);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), a1);
		dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
		dt_cg_place(cg, a1);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R1, 0, 0), b1);
		dt_cg_emit(cg, DT_MOV64_IMM(R1, 1));
		dt_cg_place(cg, b1);
		dt_cg_jmp(cg, DT_JMP_REG(BPF_JNE, R0, R1, 0), ltrue);
		dt_cg_jmp(cg, DT_JA(0), lfalse);
	} else {
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lfalse);
	}
	dt_cg_place(cg, ltrue);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	dt_cg_jmp(cg, DT_JA(0), ldone);
	dt_cg_place(cg, lfalse);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_place(cg, ldone);
	dt_cg_sts(cg, res, R0);
	cg->cg_sp = res + 1;
	return res;
}

static int
dt_cg_compare(dt_cg_t *cg, dt_node_t *n)
{
	dt_node_t *l = n->dn_left, *r = n->dn_right;
	int res = dt_cg_slot(cg);
	int ls = dt_cg_expr(cg, l), rs = dt_cg_expr(cg, r);
	int ltrue = dt_cg_label(cg), ldone = dt_cg_label(cg);

	if (dt_cg_isstr(l) && dt_cg_isstr(r)) {
		dt_cg_strcmp(cg, ls, rs);
		dt_cg_jmp(cg, DT_JMP_IMM(dt_cg_jop(n->dn_op, 1), R0, 0, 0),
		    ltrue);
	} else {
		dt_type_t *t = dt_type_arith(cg->cg_dtp->dt_types, l->dn_type,
		    r->dn_type);
		if (dt_type_is_ptr(l->dn_type) || dt_type_is_ptr(r->dn_type))
			t = cg->cg_dtp->dt_types ?
			    dt_typetab_builtins(cg->cg_dtp->dt_types)->bt_uint64 : t;
		/* as DTrace: values compare as they are in their 64-bit
		 * registers, so -1 != 0xffffffff */
		dt_cg_lds(cg, R1, ls);
		dt_cg_lds(cg, R2, rs);
		dt_cg_jmp(cg, DT_JMP_REG(dt_cg_jop(n->dn_op,
		    dt_type_is_signed(t)), R1, R2, 0), ltrue);
	}
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_jmp(cg, DT_JA(0), ldone);
	dt_cg_place(cg, ltrue);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	dt_cg_place(cg, ldone);
	dt_cg_sts(cg, res, R0);
	cg->cg_sp = res + 1;
	return res;
}

/* element size by which pointer arithmetic in n scales, or 0 */
static uint32_t
dt_cg_ptrscale(const dt_node_t *n)
{
	const dt_node_t *p = dt_type_is_ptr(n->dn_left->dn_type) ? n->dn_left :
	    dt_type_is_ptr(n->dn_right->dn_type) ? n->dn_right : NULL;

	if (p == NULL || (n->dn_op != DT_TOK_ADD && n->dn_op != DT_TOK_SUB))
		return 0;
	size_t sz = dt_type_size(dt_type_resolve(p->dn_type)->dt_base);
	return sz == 0 ? 1 : (uint32_t)sz;   /* void *: bytes, as gcc */
}

int
dt_cg_expr(dt_cg_t *cg, dt_node_t *n)
{
	int res, s1, s2;

	if ((n->dn_flags & DT_NF_CONST) && dt_type_is_int(n->dn_type)) {
		res = dt_cg_slot(cg);
		dt_cg_imm(cg, R0, n->dn_value);
		dt_cg_sts(cg, res, R0);
		return res;
	}

	switch (n->dn_kind) {
	case DT_NODE_STRING:
		res = dt_cg_slot(cg);
		dt_cg_string_lit(cg, R0, n->dn_string, n->dn_strlen);
		dt_cg_sts(cg, res, R0);
		return res;
	case DT_NODE_MEMBER:
		res = dt_cg_slot(cg);
		if (n->dn_cg != NULL)        /* args->field of a tracepoint */
			dt_cg_tpfield(cg, n, res);
		else
			dt_cg_inmem(cg, n, res);
		cg->cg_sp = res + 1;
		return res;
	case DT_NODE_BOUND:
		return dt_cg_expr(cg, n->dn_left);
	case DT_NODE_STRINGOF:
		if (dt_cg_isstr(n->dn_left))
			return dt_cg_expr(cg, n->dn_left);
		res = dt_cg_slot(cg);
		dt_cg_readstr(cg, n->dn_left, NULL, 0, res);
		cg->cg_sp = res + 1;
		return res;
	case DT_NODE_XLATE:
		dt_cg_error(cg, D_XLATE_SOU, "a translated structure can only "
		    "be used through its members (-> or .)");
		return -1;
	case DT_NODE_CALL:
		if (n->dn_ident != NULL && dt_type_stack(n->dn_type) >= 3) {
			/* the address itself; the consumer names it */
			res = dt_cg_expr(cg, n->dn_args);
			return res;
		}
		if (n->dn_ident != NULL && (DT_FN_ISSTR(n->dn_ident->di_id) ||
		    DT_FN_ISSUBR(n->dn_ident->di_id))) {
			res = dt_cg_slot(cg);
			if (DT_FN_ISSTR(n->dn_ident->di_id))
				dt_cg_strfn(cg, n, res);
			else
				dt_cg_subr(cg, n, res);
			cg->cg_sp = res + 1;
			return res;
		}
		if (n->dn_ident != NULL && n->dn_ident->di_id == DT_FN_PSARGS) {
			res = dt_cg_slot(cg);
			dt_cg_psargs(cg, n, res);
			cg->cg_sp = res + 1;
			return res;
		}
		if (n->dn_ident != NULL && n->dn_ident->di_id == DT_FN_CTXWORD) {
			/* a raw tracepoint's argument: a context word */
			res = dt_cg_slot(cg);
			dt_cg_emit(cg, DT_LDX(BPF_DW, R1, FP, DT_STK_CTX));
			dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R1,
			    (int16_t)(8 * n->dn_value)));
			dt_cg_sts(cg, res, R0);
			return res;
		}
		if (n->dn_ident != NULL && (n->dn_ident->di_id == DT_FN_STACK ||
		    n->dn_ident->di_id == DT_FN_USTACK)) {
			res = dt_cg_slot(cg);
			dt_cg_stack(cg, n, res);
			return res;
		}
		break;
	case DT_NODE_IDENT: {
		dt_ident_t *id = n->dn_ident;
		if (id->di_kind == DT_IDK_INLINE) {
			res = dt_cg_slot(cg);
			s1 = dt_cg_expr(cg, id->di_inline);
			dt_cg_lds(cg, R0, s1);
			dt_cg_convert(cg, R0, id->di_inline->dn_type, id->di_type);
			dt_cg_sts(cg, res, R0);
			cg->cg_sp = res + 1;
			return res;
		}
		res = dt_cg_slot(cg);
		if (id->di_kind == DT_IDK_BUILTIN)
			dt_cg_builtin(cg, n, res);
		else if (id->di_kind == DT_IDK_KSYM)
			dt_cg_inmem(cg, n, res);
		else
			dt_cg_var_load(cg, n, res);
		cg->cg_sp = res + 1;
		return res;
	}
	case DT_NODE_INDEX:
		res = dt_cg_slot(cg);
		if (n->dn_aux == 1)
			dt_cg_inmem(cg, n, res);
		else
			dt_cg_var_load(cg, n, res);
		cg->cg_sp = res + 1;
		return res;
	case DT_NODE_OP1:
		switch (n->dn_op) {
		case DT_TOK_PREINC: case DT_TOK_PREDEC:
		case DT_TOK_POSTINC: case DT_TOK_POSTDEC:
			return dt_cg_incdec(cg, n);
		case DT_TOK_ADDROF:
			res = dt_cg_slot(cg);
			dt_cg_addrof(cg, n->dn_left, res);
			cg->cg_sp = res + 1;
			return res;
		default:
			break;
		}
		res = dt_cg_slot(cg);
		if (n->dn_flags & DT_NF_WRITABLE) {
			/* *a of an array in a D variable */
			dt_cg_refload(cg, n, res);
			cg->cg_sp = res + 1;
			return res;
		}
		s1 = dt_cg_expr(cg, n->dn_left);
		dt_cg_lds(cg, R0, s1);
		dt_cg_convert(cg, R0, n->dn_left->dn_type, n->dn_type);
		switch (n->dn_op) {
		case DT_TOK_LNEG: {
			int lz = dt_cg_label(cg), ld = dt_cg_label(cg);
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lz);
			dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
			dt_cg_jmp(cg, DT_JA(0), ld);
			dt_cg_place(cg, lz);
			dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
			dt_cg_place(cg, ld);
			break;
		}
		case DT_TOK_BNEG:
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_XOR, R0, -1));
			dt_cg_extend(cg, R0, n->dn_type);
			break;
		case DT_TOK_INEG:
			dt_cg_emit(cg, DT_NEG64(R0));
			dt_cg_extend(cg, R0, n->dn_type);
			break;
		case DT_TOK_IPOS:
			break;
		case DT_TOK_DEREF:
			/* the object pointed to, as for a member */
			dt_cg_sts(cg, res, R0);
			dt_cg_memload(cg, n->dn_type, 0, 0, res);
			dt_cg_lds(cg, R0, res);
			break;
		default:
			dt_cg_error(cg, D_UNKNOWN, "internal error: operator %s is not supported",
			    dt_token_name(n->dn_op));
		}
		dt_cg_sts(cg, res, R0);
		cg->cg_sp = res + 1;
		return res;
	case DT_NODE_OP2:
		if (dt_token_is_asgn(n->dn_op))
			return dt_cg_assign(cg, n);
		switch (n->dn_op) {
		case DT_TOK_COMMA:
			res = dt_cg_slot(cg);
			dt_cg_expr(cg, n->dn_left);
			cg->cg_sp = res + 1;
			s2 = dt_cg_expr(cg, n->dn_right);
			dt_cg_lds(cg, R0, s2);
			dt_cg_sts(cg, res, R0);
			cg->cg_sp = res + 1;
			return res;
		case DT_TOK_LAND: case DT_TOK_LOR: case DT_TOK_LXOR:
			return dt_cg_logical(cg, n);
		case DT_TOK_EQU: case DT_TOK_NEQ: case DT_TOK_LT:
		case DT_TOK_LE: case DT_TOK_GT: case DT_TOK_GE:
			return dt_cg_compare(cg, n);
		default:
			break;
		}
		res = dt_cg_slot(cg);
		s1 = dt_cg_expr(cg, n->dn_left);
		s2 = dt_cg_expr(cg, n->dn_right);
		/* as DTrace: 64-bit register arithmetic; results are cut to
		 * their type only when stored, cast or recorded */
		dt_cg_lds(cg, R1, s1);
		dt_cg_lds(cg, R2, s2);
		uint32_t esz = dt_cg_ptrscale(n);
		if (esz > 1 && dt_type_is_ptr(n->dn_type))
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_MUL, dt_type_is_ptr(
			    n->dn_left->dn_type) ? R2 : R1, (int32_t)esz));
		cg->cg_noext = 1;
		dt_cg_arith(cg, n->dn_op, dt_type_is_ptr(n->dn_type) ?
		    dt_typetab_builtins(cg->cg_dtp->dt_types)->bt_ulong :
		    n->dn_type);
		cg->cg_noext = 0;
		if (esz > 1 && !dt_type_is_ptr(n->dn_type)) {
			/* elements between two pointers: signed */
			if ((esz & (esz - 1)) == 0)
				dt_cg_emit(cg, DT_ALU64_IMM(BPF_ARSH, R0,
				    __builtin_ctz(esz)));
			else
				dt_cg_emit(cg, DT_ALU64_IMM(BPF_DIV, R0,
				    (int32_t)esz));
		}
		dt_cg_sts(cg, res, R0);
		cg->cg_sp = res + 1;
		return res;
	case DT_NODE_OP3: {
		int lelse = dt_cg_label(cg), ldone = dt_cg_label(cg);
		res = dt_cg_slot(cg);
		s1 = dt_cg_expr(cg, n->dn_cond);
		dt_cg_lds(cg, R0, s1);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lelse);
		cg->cg_sp = res + 1;
		s1 = dt_cg_expr(cg, n->dn_left);
		dt_cg_lds(cg, R0, s1);
		dt_cg_convert(cg, R0, n->dn_left->dn_type, n->dn_type);
		dt_cg_sts(cg, res, R0);
		dt_cg_jmp(cg, DT_JA(0), ldone);
		dt_cg_place(cg, lelse);
		cg->cg_sp = res + 1;
		s2 = dt_cg_expr(cg, n->dn_right);
		dt_cg_lds(cg, R0, s2);
		dt_cg_convert(cg, R0, n->dn_right->dn_type, n->dn_type);
		dt_cg_sts(cg, res, R0);
		dt_cg_place(cg, ldone);
		cg->cg_sp = res + 1;
		return res;
	}
	case DT_NODE_CAST:
		res = dt_cg_slot(cg);
		s1 = dt_cg_expr(cg, n->dn_left);
		dt_cg_lds(cg, R0, s1);
		if (dt_type_is_int(n->dn_type))
			dt_cg_extend(cg, R0, n->dn_type);
		dt_cg_sts(cg, res, R0);
		cg->cg_sp = res + 1;
		return res;
	default:
		dt_cg_error(cg, D_UNKNOWN, "internal error: %s expressions are not "
		    "supported by the code generator", dt_node_kind_name(n->dn_kind));
	}
	dt_cg_error(cg, D_UNKNOWN, "internal error: %s( ) is not supported by "
	    "the code generator", n->dn_name);
	return -1;
}

/* ---- actions and records ------------------------------------------------- */

dt_recdesc_t *
dt_cg_rec(dt_cg_t *cg, dt_reckind_t kind, uint32_t size, uint32_t align,
    dt_type_t *t)
{
	dt_clause_t *cl = cg->cg_clause;
	uint32_t off = (cg->cg_recoff + align - 1) & ~(align - 1);

	cg->cg_recoff = off + size;
	if (!cg->cg_building)
		return NULL;
	cl->cl_recs = realloc(cl->cl_recs, (cl->cl_nrecs + 1) *
	    sizeof(dt_recdesc_t));
	dt_recdesc_t *rd = &cl->cl_recs[cl->cl_nrecs++];
	memset(rd, 0, sizeof(*rd));
	rd->rd_kind = kind;
	rd->rd_offset = off - cg->cg_segoff;
	rd->rd_seg = cg->cg_seg;
	rd->rd_size = size;
	rd->rd_type = t;
	return rd;
}

/* record the value of expression n (already in slot s) */
/* [r9 + off] = the process of the probe's thread, as usym() records it */
static void
dt_cg_userpid(dt_cg_t *cg, int16_t off)
{
	dt_cg_curpidtgid(cg);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_RSH, R0, 32));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, off));
}

/*
 * size bytes of kernel memory at the address in slot s into the record at
 * off (print() of a struct, tracemem()); a bad address faults the clause.
 */
static void
dt_cg_memrec(dt_cg_t *cg, int s, uint32_t off, uint32_t size)
{
	dt_cg_kcopy(cg, s, dt_cg_rec_base(cg->cg_dtp) + off, size);
}

static void
dt_cg_record_value(dt_cg_t *cg, dt_reckind_t kind, dt_node_t *n, int s)
{
	uint32_t rb = dt_cg_rec_base(cg->cg_dtp);

	if (dt_cg_isstr(n)) {
		uint32_t ss = dt_cg_strsize(cg);
		uint32_t before = cg->cg_recoff;
		dt_cg_rec(cg, kind, ss, 1, n->dn_type);
		uint32_t off = cg->cg_recoff - ss;
		(void)before;
		dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, rb + off));
		dt_cg_emit(cg, DT_MOV64_IMM(R2, ss));
		dt_cg_lds(cg, R3, s);
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
		return;
	}
	if (DT_STK_ISUSER(dt_type_stack(n->dn_type))) {
		/* usym() ...: the address, then the process */
		dt_cg_rec(cg, kind, 16, 8, n->dn_type);
		dt_cg_lds(cg, R0, s);
		dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0,
		    (int16_t)(rb + cg->cg_recoff - 16)));
		dt_cg_userpid(cg, (int16_t)(rb + cg->cg_recoff - 8));
		return;
	}
	uint32_t sz = (uint32_t)dt_type_size(n->dn_type);
	if (sz != 1 && sz != 2 && sz != 4)
		sz = 8;
	dt_cg_rec(cg, kind, sz, sz, n->dn_type);
	dt_cg_lds(cg, R0, s);
	dt_cg_emit(cg, DT_STX(dt_emit_size(sz), R9, R0,
	    (int16_t)(rb + cg->cg_recoff - sz)));
}

/* trace(), print(): a struct, union or non-string array is the object's
 * bytes, copied from its address; any other value, as itself */
static void
dt_cg_record_any(dt_cg_t *cg, dt_reckind_t kind, dt_node_t *n)
{
	const dt_type_t *t = dt_type_resolve(n->dn_type);
	int s = dt_cg_expr(cg, n);

	if (dt_type_is_sou(t) || (t->dt_kind == DT_TK_ARRAY &&
	    !dt_type_is_string(t))) {
		uint32_t size = (uint32_t)dt_type_size(t);
		dt_cg_rec(cg, kind, size, 8, n->dn_type);
		dt_cg_memrec(cg, s, cg->cg_recoff - size, size);
	} else {
		dt_cg_record_value(cg, kind, n, s);
	}
}


/* ---- aggregations ------------------------------------------------------- */

/* r0 = floor(log2(reg)) for reg != 0, by halving; clobbers reg and r1 */
static void
dt_cg_log2(dt_cg_t *cg, int reg)
{
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	for (int sh = 32; sh >= 1; sh /= 2) {
		int lskip = dt_cg_label(cg);
		dt_cg_emit(cg, DT_MOV64_REG(R1, reg));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_RSH, R1, sh));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R1, 0, 0), lskip);
		dt_cg_emit(cg, DT_MOV64_REG(reg, R1));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R0, sh));
		dt_cg_place(cg, lskip);
	}
}

/*
 * r2 = bucket index of the value in r7 for a histogram aggregation; jumps
 * to lbad when the index is out of range (it never is; the check is for
 * the verifier).
 */
static void
dt_cg_aggbucket(dt_cg_t *cg, const dt_agg_t *ag)
{
	int ldone = dt_cg_label(cg);

	switch (ag->ag_fn) {
	case DT_AGG_QUANTIZE: {
		int lneg = dt_cg_label(cg), lpos = dt_cg_label(cg);
		dt_cg_emit(cg, DT_MOV64_IMM(R2, DT_QUANTIZE_ZERO));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R7, 0, 0), ldone);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSLT, R7, 0, 0), lneg);
		dt_cg_emit(cg, DT_MOV64_REG(R3, R7));
		dt_cg_log2(cg, R3);
		dt_cg_emit(cg, DT_MOV64_REG(R2, R0));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2, DT_QUANTIZE_ZERO + 1));
		dt_cg_jmp(cg, DT_JA(0), ldone);
		dt_cg_place(cg, lneg);
		/* -v as unsigned: INT64_MIN gives 2^63, bucket 0 */
		dt_cg_emit(cg, DT_MOV64_REG(R3, R7));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_NEG, R3, 0));
		dt_cg_log2(cg, R3);
		dt_cg_emit(cg, DT_MOV64_IMM(R2, DT_QUANTIZE_ZERO - 1));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R2, R0));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGE, R2, 0, 0), lpos);
		dt_cg_emit(cg, DT_MOV64_IMM(R2, 0));
		dt_cg_place(cg, lpos);
		break;
	}
	case DT_AGG_LQUANTIZE: {
		int64_t base = ag->ag_arg[0], step = ag->ag_arg[2];
		int64_t top = base + (int64_t)(ag->ag_nbuckets - 2) * step;
		/* as DTrace's kernel: the value is taken as a 32-bit int */
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_LSH, R7, 32));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ARSH, R7, 32));
		dt_cg_emit(cg, DT_MOV64_IMM(R2, 0));
		dt_cg_imm(cg, R3, (uint64_t)base);
		dt_cg_jmp(cg, DT_JMP_REG(BPF_JSLT, R7, R3, 0), ldone);
		dt_cg_emit(cg, DT_MOV64_IMM(R2, ag->ag_nbuckets - 1));
		dt_cg_imm(cg, R3, (uint64_t)top);
		dt_cg_jmp(cg, DT_JMP_REG(BPF_JSGE, R7, R3, 0), ldone);
		dt_cg_emit(cg, DT_MOV64_REG(R2, R7));
		dt_cg_imm(cg, R3, (uint64_t)base);
		dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R2, R3));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_DIV, R2, (int32_t)step));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2, 1));
		break;
	}
	default: {
		/* llquantize: one test per order of magnitude */
		uint64_t factor = (uint64_t)ag->ag_arg[0], this = 1;
		uint64_t nsteps = (uint64_t)ag->ag_arg[3];
		for (int64_t i = 0; i < ag->ag_arg[1]; i++)
			this *= factor;
		dt_cg_emit(cg, DT_MOV64_IMM(R2, 0));
		dt_cg_imm(cg, R3, this);
		dt_cg_jmp(cg, DT_JMP_REG(BPF_JSLT, R7, R3, 0), ldone);
		uint64_t value = this;
		int bin = 1;
		for (int64_t o = ag->ag_arg[1]; o <= ag->ag_arg[2]; o++) {
			uint64_t next = dt_llq_mul(this, factor);
			uint64_t step = next > nsteps ? next / nsteps : 1;
			int lnext = dt_cg_label(cg);
			dt_cg_imm(cg, R3, next);
			dt_cg_jmp(cg, DT_JMP_REG(BPF_JGE, R7, R3, 0), lnext);
			dt_cg_emit(cg, DT_MOV64_REG(R2, R7));
			dt_cg_imm(cg, R3, value);
			dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R2, R3));
			dt_cg_imm(cg, R3, step);
			dt_cg_emit(cg, DT_ALU64_REG(BPF_DIV, R2, R3));
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2, bin));
			dt_cg_jmp(cg, DT_JA(0), ldone);
			dt_cg_place(cg, lnext);
			for (; value < next; value = dt_llq_add(value, step))
				bin++;
			this = next;
		}
		dt_cg_emit(cg, DT_MOV64_IMM(R2, bin));
		break;
	}
	}
	dt_cg_place(cg, ldone);
}

/* [r6 + off] += reg (64 bits); reg < 0: += 1 */
static void
dt_cg_addto(dt_cg_t *cg, int16_t off, int reg)
{
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R6, off));
	if (reg < 0)
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, 1));
	else
		dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R1, reg));
	dt_cg_emit(cg, DT_STX(BPF_DW, R6, R1, off));
}

/* r1 = the aggregation's map, r2 = its key (on the stack or in scratch) */
static void
dt_cg_aggkey(dt_cg_t *cg, int mapid, int onstack, uint32_t koff)
{
	int ix = mapid - DT_MAPID_AGG;
	if (cg->cg_dtp->dt_aggs[ix]->ag_dbuf) {
		/* double-buffered: the map the selector names */
		int lb = dt_cg_label(cg), ld = dt_cg_label(cg);
		dt_cg_ldmapval(cg, R1, DT_MAPID_AGGSEL, 8 * (uint32_t)ix);
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R1, 0));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R1, 0, 0), lb);
		dt_cg_ldmap(cg, R1, mapid);
		dt_cg_jmp(cg, DT_JA(0), ld);
		dt_cg_place(cg, lb);
		dt_cg_ldmap(cg, R1, DT_MAPID_AGG2 + ix);
		dt_cg_place(cg, ld);
	} else
		dt_cg_ldmap(cg, R1, mapid);
	dt_cg_emit(cg, DT_MOV64_REG(R2, onstack ? FP : R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2, onstack ? DT_STK_TMP :
	    (int32_t)koff));
}

/* @a[keys] = fn(args): update this CPU's state for the key in the map */
static void
dt_cg_aggupdate(dt_cg_t *cg, dt_node_t *n)
{
	dt_agg_t *ag = n->dn_left->dn_cg;
	dt_node_t *f = n->dn_right, *a = f->dn_args;
	int mapid = DT_MAPID_AGG + ag->ag_id - 1;
	int base = cg->cg_sp;
	int lhave = dt_cg_label(cg), lagain = dt_cg_label(cg);
	int ldrop = dt_cg_label(cg), ldone = dt_cg_label(cg);

	/* the key: keyless aggregations (index 0) and single integer keys go
	 * on the stack, so that the update touches no memory but the
	 * aggregation's own; other keys are built in the scratch area */
	int onstack = ag->ag_array || (ag->ag_nkeys == 1 &&
	    !dt_type_is_string(ag->ag_keys[0]) &&
	    !DT_STK_ISUSER(dt_type_stack(ag->ag_keys[0])));
	uint32_t koff = onstack ? 0 :
	    dt_cg_scratch(cg, (ag->ag_keysize + 7) & ~7u);
	int ks = -1;
	for (uint32_t i = 0; !onstack && i < ag->ag_keysize; i += 8)
		dt_cg_emit(cg, DT_ST(BPF_DW, R9, (int16_t)(koff + i), 0));
	int i = 0;
	for (dt_node_t *k = n->dn_left->dn_args; k; k = k->dn_list, i++) {
		int s = dt_cg_expr(cg, k);
		if (onstack) {
			ks = s;             /* kept until the lookup */
			break;
		}
		if (dt_cg_isstr(k)) {
			dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1,
			    koff + ag->ag_keyoff[i]));
			dt_cg_emit(cg, DT_MOV64_IMM(R2, ag->ag_keycap[i]));
			dt_cg_lds(cg, R3, s);
			dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
		} else {
			dt_cg_lds(cg, R0, s);
			dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0,
			    (int16_t)(koff + ag->ag_keyoff[i])));
			if (DT_STK_ISUSER(dt_type_stack(k->dn_type)))
				dt_cg_userpid(cg, (int16_t)(koff +
				    ag->ag_keyoff[i] + 8));
		}
		cg->cg_sp = base;
	}

	/* the value (slot sv) and the increment (slot si) */
	int sv = -1, si = -1;
	if (a != NULL) {
		sv = dt_cg_expr(cg, a);
		dt_node_t *incr = NULL;
		if (ag->ag_fn == DT_AGG_QUANTIZE)
			incr = a->dn_list;
		else if (ag->ag_fn == DT_AGG_LQUANTIZE && a->dn_list->dn_list->dn_list)
			incr = a->dn_list->dn_list->dn_list->dn_list;
		else if (ag->ag_fn == DT_AGG_LLQUANTIZE)
			incr = a->dn_list->dn_list->dn_list->dn_list->dn_list;
		if (incr != NULL)
			si = dt_cg_expr(cg, incr);
	}

	/* find the entry, creating it (all zero) when missing */
	if (onstack) {
		if (ks >= 0) {
			dt_cg_lds(cg, R0, ks);
			dt_cg_emit(cg, DT_STX(BPF_DW, FP, R0, DT_STK_TMP));
		} else {
			dt_cg_emit(cg, DT_ST(BPF_DW, FP, DT_STK_TMP, 0));
		}
	}
	dt_cg_aggkey(cg, mapid, onstack, koff);
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_map_lookup_elem));
	if (ag->ag_array) {
		/* the one element always exists: mark it touched, skip the
		 * word */
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), ldone);
		dt_cg_emit(cg, DT_ST(BPF_DW, R0, 0, 1));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R0, 8));
	} else {
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0), lhave);
		dt_cg_aggkey(cg, mapid, onstack, koff);
		dt_cg_ldmapval(cg, R3, DT_MAPID_ZERO, 0);
		dt_cg_emit(cg, DT_MOV64_IMM(R4, BPF_NOEXIST));
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_map_update_elem));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lagain);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, -EEXIST, 0), lagain);
		dt_cg_place(cg, ldrop);
		dt_cg_mstinc(cg, DT_MST_NAGGDROPS);
		dt_cg_jmp(cg, DT_JA(0), ldone);
		dt_cg_place(cg, lagain);
		dt_cg_aggkey(cg, mapid, onstack, koff);
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_map_lookup_elem));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), ldrop);
	}
	dt_cg_place(cg, lhave);
	dt_cg_emit(cg, DT_MOV64_REG(R6, R0));
	if (sv >= 0)
		dt_cg_lds(cg, R7, sv);

	switch (ag->ag_fn) {
	case DT_AGG_COUNT:
		dt_cg_addto(cg, 0, -1);
		break;
	case DT_AGG_SUM:
		dt_cg_addto(cg, 0, R7);
		break;
	case DT_AGG_AVG:
		dt_cg_addto(cg, 0, -1);
		dt_cg_addto(cg, 8, R7);
		break;
	case DT_AGG_MIN:
	case DT_AGG_MAX: {
		int lset = dt_cg_label(cg);
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R6, 0));
		dt_cg_emit(cg, DT_ST(BPF_DW, R6, 0, 1));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R1, 0, 0), lset);
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R6, 8));
		dt_cg_jmp(cg, DT_JMP_REG(ag->ag_fn == DT_AGG_MIN ? BPF_JSGE :
		    BPF_JSLE, R7, R1, 0), ldone);
		dt_cg_place(cg, lset);
		dt_cg_emit(cg, DT_STX(BPF_DW, R6, R7, 8));
		break;
	}
	case DT_AGG_STDDEV: {
		/* n++, total += v, sumsq += v * v in 128 bits */
		int lpos = dt_cg_label(cg), lnc1 = dt_cg_label(cg);
		int lnc2 = dt_cg_label(cg);
		dt_cg_addto(cg, 0, -1);
		dt_cg_addto(cg, 8, R7);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGE, R7, 0, 0), lpos);
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_NEG, R7, 0));
		dt_cg_place(cg, lpos);
		/* r2 = lo 32 bits, r3 = hi 32 bits of |v| */
		dt_cg_emit(cg, DT_MOV64_REG(R2, R7));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_LSH, R2, 32));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_RSH, R2, 32));
		dt_cg_emit(cg, DT_MOV64_REG(R3, R7));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_RSH, R3, 32));
		/* r4 = lo*lo, r5 = hi*lo, r3 = hi*hi */
		dt_cg_emit(cg, DT_MOV64_REG(R4, R2));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_MUL, R4, R2));
		dt_cg_emit(cg, DT_MOV64_REG(R5, R3));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_MUL, R5, R2));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_MUL, R3, R3));
		/* low word: r2 = r4 + (r5 << 33); high: r3 += (r5 >> 31) + c */
		dt_cg_emit(cg, DT_MOV64_REG(R2, R5));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_LSH, R2, 33));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R2, R4));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_RSH, R5, 31));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R3, R5));
		dt_cg_jmp(cg, DT_JMP_REG(BPF_JGE, R2, R4, 0), lnc1);
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, 1));
		dt_cg_place(cg, lnc1);
		/* add (r3:r2) to the stored 128-bit sum */
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R6, 16));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R1, R2));
		dt_cg_emit(cg, DT_STX(BPF_DW, R6, R1, 16));
		dt_cg_jmp(cg, DT_JMP_REG(BPF_JGE, R1, R2, 0), lnc2);
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, 1));
		dt_cg_place(cg, lnc2);
		dt_cg_addto(cg, 24, R3);
		break;
	}
	default:
		dt_cg_aggbucket(cg, ag);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R2, ag->ag_nbuckets - 1, 0),
		    ldone);
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_LSH, R2, 3));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R6, R2));
		if (si >= 0)
			dt_cg_lds(cg, R2, si);
		dt_cg_addto(cg, 0, si >= 0 ? R2 : -1);
		break;
	}
	dt_cg_place(cg, ldone);
	cg->cg_sp = base;
}

/* printa(), clear(), trunc(), normalize(), denormalize(), setopt() */
static void
dt_cg_aggaction(dt_cg_t *cg, dt_node_t *n)
{
	static const dt_reckind_t kinds[] = {
		[DT_FN_PRINTA] = DT_REC_PRINTA, [DT_FN_CLEAR] = DT_REC_CLEAR,
		[DT_FN_TRUNC] = DT_REC_TRUNC, [DT_FN_NORMALIZE] = DT_REC_NORMALIZE,
		[DT_FN_DENORMALIZE] = DT_REC_DENORMALIZE,
		[DT_FN_SETOPT] = DT_REC_SETOPT,
	};
	int fn = n->dn_ident->di_id;
	dt_node_t *a = n->dn_args;
	dt_node_t *val = NULL;

	if (fn == DT_FN_TRUNC || fn == DT_FN_NORMALIZE)
		val = a->dn_list;
	dt_recdesc_t *rd = dt_cg_rec(cg, kinds[fn], val || fn == DT_FN_TRUNC ?
	    8 : 0, val || fn == DT_FN_TRUNC ? 8 : 1, NULL);
	uint32_t off = cg->cg_recoff - (val || fn == DT_FN_TRUNC ? 8 : 0);
	if (fn == DT_FN_SETOPT) {
		/* the strings follow as records of their own */
		int base = cg->cg_sp;
		if (rd != NULL)
			rd->rd_nargs = dt_node_count(a);
		for (dt_node_t *x = a; x != NULL; x = x->dn_list) {
			int s = dt_cg_expr(cg, x);
			dt_cg_record_value(cg, DT_REC_PRINTF_ARG, x, s);
			cg->cg_sp = base;
		}
		return;
	}
	if (rd != NULL) {
		if (fn == DT_FN_PRINTA && a->dn_kind == DT_NODE_STRING) {
			rd->rd_pfmt = n->dn_cg;
			a = a->dn_list;
		}
		int na = 0;
		for (dt_node_t *x = a; x && x->dn_kind == DT_NODE_AGG;
		    x = x->dn_list)
			na++;
		rd->rd_aggs = calloc((size_t)na, sizeof(dt_agg_t *));
		if (rd->rd_aggs == NULL)
			dt_cg_error(cg, D_UNKNOWN, "out of memory");
		na = 0;
		for (dt_node_t *x = a; x && x->dn_kind == DT_NODE_AGG;
		    x = x->dn_list)
			rd->rd_aggs[na++] = x->dn_cg;
		rd->rd_naggs = na;
	}
	if (fn == DT_FN_TRUNC || val != NULL) {
		uint32_t rb = dt_cg_rec_base(cg->cg_dtp);
		if (val != NULL) {
			int s = dt_cg_expr(cg, val);
			dt_cg_lds(cg, R0, s);
			dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, (int16_t)(rb + off)));
		} else {
			dt_cg_emit(cg, DT_ST(BPF_DW, R9, (int16_t)(rb + off), 0));
		}
	}
}

/* ---- the record's segments (see dt_clause_t) ----------------------------- */

/* start a segment: its header, then its records */
static void
dt_cg_seg_begin(dt_cg_t *cg)
{
	dt_clause_t *cl = cg->cg_clause;

	if (cg->cg_nsegs == UINT16_MAX + 1)
		dt_cg_error(cg, D_LOOP_BOUND, "too many loops that record "
		    "data in one clause");
	cg->cg_recoff = (cg->cg_recoff + 7) & ~7u;
	if (cg->cg_nsegs > 0 && cg->cg_building)
		cl->cl_segs[cg->cg_nsegs - 1].cs_size = cg->cg_recoff -
		    cl->cl_segs[cg->cg_nsegs - 1].cs_off;
	cg->cg_seg = cg->cg_nsegs++;
	cg->cg_segoff = cg->cg_recoff;
	cg->cg_recoff += sizeof(dt_rechdr_t);
	if (cg->cg_building) {
		cl->cl_segs = realloc(cl->cl_segs, cg->cg_nsegs *
		    sizeof(dt_clseg_t));
		cl->cl_segs[cg->cg_seg].cs_off = cg->cg_segoff;
		cl->cl_segs[cg->cg_seg].cs_size = sizeof(dt_rechdr_t);
		cl->cl_nsegs = cg->cg_nsegs;
	}
	dt_cg_rec_spec(cg);
}

/* the guards of actions in branches (dt_cg_action) start unset */
static void
dt_cg_seg_unguard(dt_cg_t *cg, int seg)
{
	dt_clause_t *cl = cg->cg_clause;
	uint32_t rb = dt_cg_rec_base(cg->cg_dtp);

	if (cg->cg_building)
		return;
	for (int i = 0; i < cl->cl_nrecs; i++)
		if (cl->cl_recs[i].rd_kind == DT_REC_GUARD &&
		    (seg < 0 || cl->cl_recs[i].rd_seg == seg))
			dt_cg_emit(cg, DT_ST(BPF_B, R9, (int16_t)(rb +
			    cl->cl_segs[cl->cl_recs[i].rd_seg].cs_off +
			    cl->cl_recs[i].rd_offset), 0));
}

/*
 * Send the current segment to the ring buffer: the first one for the
 * probe's line without -q, the last one for its end, any other only when
 * it has records.  In a loop body, its guards are unset again for the
 * next iteration.  Jumps to lout afterwards if lout >= 0.
 */
static void
dt_cg_seg_send(dt_cg_t *cg, int lout)
{
	dtrace_hdl_t *dtp = cg->cg_dtp;
	dt_clause_t *cl = cg->cg_clause;
	int seg = cg->cg_seg, lsent = dt_cg_label(cg);
	uint32_t rb = dt_cg_rec_base(dtp) + cg->cg_segoff;
	uint32_t size = cg->cg_building ? sizeof(dt_rechdr_t) :
	    cl->cl_segs[seg].cs_size;
	int send = cg->cg_building;

	for (int i = 0; !send && i < cl->cl_nrecs; i++)
		send = cl->cl_recs[i].rd_seg == seg;
	if (!dtp->dt_opts.do_quiet && (seg == 0 || seg == cl->cl_nsegs - 1))
		send = 1;
	if (!cg->cg_records || !send) {
		if (lout >= 0)
			dt_cg_jmp(cg, DT_JA(0), lout);
		return;
	}
	if (cg->cg_spec)
		dt_cg_specsend(cg, cg->cg_segoff, (size + 7) & ~7u, lsent);
	if (cg->cg_nclm > 1) {
		dt_cg_epid(cg, R0);
		dt_cg_emit(cg, DT_STX(BPF_W, R9, R0, (int16_t)rb));
	} else
		dt_cg_emit(cg, DT_ST(BPF_W, R9, (int16_t)rb,
		    (int32_t)cg->cg_epid));
	dt_cg_emit(cg, DT_LDX(BPF_W, R0, FP, DT_STK_CPU));
	if (seg != 0)
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_OR, R0, seg << 16));
	dt_cg_emit(cg, DT_STX(BPF_W, R9, R0, (int16_t)(rb + 4)));
	if (dtp->dt_opts.do_bufpolicy == DT_BUFPOLICY_FILL &&
	    cg->cg_probe->pr_id != DT_PROBE_END) {
		/* fill: after a record did not fit, this CPU's buffer is full
		 * and takes nothing more; END's room is made by the consumer,
		 * which reads the buffer first */
		dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R9, DT_MST_NDROPS));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0), lsent);
	}
	dt_cg_ldmap(cg, R1, DT_MAPID_RINGBUF);
	dt_cg_emit(cg, DT_MOV64_REG(R2, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2, rb));
	dt_cg_emit(cg, DT_MOV64_IMM(R3, (size + 7) & ~7u));
	dt_cg_emit(cg, DT_MOV64_IMM(R4, BPF_RB_NO_WAKEUP));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_ringbuf_output));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lsent);
	dt_cg_mstinc(cg, DT_MST_NDROPS);
	dt_cg_place(cg, lsent);
	if (cg->cg_loops > 0)
		dt_cg_seg_unguard(cg, seg);
	if (lout >= 0)
		dt_cg_jmp(cg, DT_JA(0), lout);
}

static void dt_cg_action1(dt_cg_t *, dt_node_t *);

/* printf() and the actions formatted as it is: the format (parsed by
 * sema), then each argument as a PRINTF_ARG record */
static void
dt_cg_pfrec(dt_cg_t *cg, dt_node_t *n, dt_reckind_t kind)
{
	dt_recdesc_t *rd = dt_cg_rec(cg, kind, 0, 1, NULL);
	int base = cg->cg_sp;

	if (rd != NULL) {
		rd->rd_pfmt = n->dn_cg;
		rd->rd_nargs = dt_node_count(n->dn_args) - 1;
	}
	for (dt_node_t *a = n->dn_args->dn_list; a; a = a->dn_list) {
		int s = dt_cg_expr(cg, a);
		dt_cg_record_value(cg, DT_REC_PRINTF_ARG, a, s);
		cg->cg_sp = base;
	}
}

/*
 * An action in an if/else branch may not run: its records are preceded by
 * a guard byte, zeroed when the clause starts and set by the action, so
 * that the consumer skips what a branch not taken left in the buffer.
 */
static void
dt_cg_action(dt_cg_t *cg, dt_node_t *n)
{
	if (cg->cg_cond == 0) {
		dt_cg_action1(cg, n);
		return;
	}
	int gi = cg->cg_building ? cg->cg_clause->cl_nrecs : -1;
	dt_cg_rec(cg, DT_REC_GUARD, 1, 1, NULL);
	uint32_t goff = cg->cg_recoff - 1;
	dt_cg_emit(cg, DT_ST(BPF_B, R9, (int16_t)(dt_cg_rec_base(cg->cg_dtp) +
	    goff), 1));
	dt_cg_action1(cg, n);
	if (gi >= 0)
		cg->cg_clause->cl_recs[gi].rd_nargs =
		    cg->cg_clause->cl_nrecs - gi - 1;
}

static void
dt_cg_action1(dt_cg_t *cg, dt_node_t *n)
{
	int base = cg->cg_sp;

	switch (n->dn_ident->di_id) {
	case DT_FN_TRACE:
		dt_cg_record_any(cg, DT_REC_TRACE, n->dn_args);
		break;
	case DT_FN_STACK:
	case DT_FN_USTACK: {
		int s = dt_cg_expr(cg, n);
		dt_cg_record_value(cg, DT_REC_TRACE, n, s);
		break;
	}
	case DT_FN_PRINT:
		dt_cg_record_any(cg, DT_REC_PRINT, n->dn_args);
		break;
	case DT_FN_TRACEMEM: {
		dt_node_t *addr = n->dn_args, *size = addr->dn_list;
		dt_node_t *dsize = size->dn_list;
		uint32_t sz = (uint32_t)size->dn_value;
		uint32_t rb = dt_cg_rec_base(cg->cg_dtp);
		int sa = dt_cg_expr(cg, addr);
		if (dsize != NULL) {
			/* as DTrace: a record of its own, before the bytes */
			int sd = dt_cg_expr(cg, dsize);
			dt_cg_rec(cg, DT_REC_TRACEMEM_DSIZE, 8, 8, NULL);
			dt_cg_lds(cg, R0, sd);
			dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0,
			    (int16_t)(rb + cg->cg_recoff - 8)));
		}
		dt_cg_rec(cg, DT_REC_TRACEMEM, sz, 8, NULL);
		dt_cg_memrec(cg, sa, cg->cg_recoff - sz, sz);
		break;
	}
	case DT_FN_PRINTF:
		dt_cg_pfrec(cg, n, DT_REC_PRINTF);
		break;
	case DT_FN_EXIT: {
		int s = dt_cg_expr(cg, n->dn_args);
		uint32_t rb = dt_cg_rec_base(cg->cg_dtp);
		dt_cg_rec(cg, DT_REC_EXIT, 4, 4, NULL);
		dt_cg_lds(cg, R0, s);
		dt_cg_emit(cg, DT_STX(BPF_W, R9, R0,
		    (int16_t)(rb + cg->cg_recoff - 4)));
		/* stop other probes from recording: DTrace's draining state */
		dt_cg_emit(cg, DT_ST(BPF_DW, R8, DT_GLOB_ACTIVITY, 1));
		break;
	}
	case DT_FN_SPECULATE: case DT_FN_COMMIT: case DT_FN_DISCARD:
		dt_cg_specact(cg, n);
		break;
	case DT_FN_PRINTA: case DT_FN_CLEAR: case DT_FN_TRUNC:
	case DT_FN_NORMALIZE: case DT_FN_DENORMALIZE: case DT_FN_SETOPT:
		dt_cg_aggaction(cg, n);
		break;
	case DT_FN_SYSTEM:
	case DT_FN_FREOPEN:
		/* as printf(): the consumer formats the command or file */
		cg->cg_dtp->dt_destructive = 1;
		dt_cg_pfrec(cg, n, n->dn_ident->di_id == DT_FN_SYSTEM ?
		    DT_REC_SYSTEM : DT_REC_FREOPEN);
		break;
	case DT_FN_FTRUNCATE:
		dt_cg_rec(cg, DT_REC_FTRUNCATE, 0, 1, NULL);
		break;
	case DT_FN_STOP: case DT_FN_RAISE: case DT_FN_CHILL:
		dt_cg_procact(cg, n);
		break;
	default:
		dt_cg_error(cg, D_UNKNOWN, "internal error: %s( ) is not supported", n->dn_name);
	}
	cg->cg_sp = base;
}

static void dt_cg_stmts(dt_cg_t *, dt_node_t *);
static void dt_cg_loopstmt(dt_cg_t *, dt_node_t *);
static int dt_cg_clause_has_exit(dt_node_t *);

static void
dt_cg_stmt(dt_cg_t *cg, dt_node_t *s)
{
	int base = cg->cg_sp;
	uint32_t sbase = cg->cg_scratch;

	switch (s->dn_kind) {
	case DT_NODE_EXPR:
		if (s->dn_left == NULL)
			break;
		cg->cg_stmt++;
		if (s->dn_left->dn_kind == DT_NODE_OP2 &&
		    (s->dn_left->dn_flags & DT_NF_ACTION))
			dt_cg_aggupdate(cg, s->dn_left);
		else if (s->dn_left->dn_kind == DT_NODE_CALL &&
		    (s->dn_left->dn_flags & DT_NF_ACTION))
			dt_cg_action(cg, s->dn_left);
		else {
			cg->cg_void = s->dn_left->dn_kind == DT_NODE_OP2 &&
			    dt_token_is_asgn(s->dn_left->dn_op);
			dt_cg_expr(cg, s->dn_left);
			cg->cg_void = 0;
		}
		break;
	case DT_NODE_BLOCK:
		dt_cg_stmts(cg, s->dn_body);
		break;
	case DT_NODE_IF: {
		int lelse = dt_cg_label(cg), ldone = dt_cg_label(cg);
		cg->cg_stmt++;
		int c = dt_cg_expr(cg, s->dn_cond);
		dt_cg_lds(cg, R0, c);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lelse);
		cg->cg_sp = base;
		cg->cg_cond++;
		dt_cg_stmts(cg, s->dn_body);
		dt_cg_jmp(cg, DT_JA(0), ldone);
		dt_cg_place(cg, lelse);
		dt_cg_stmts(cg, s->dn_else);
		dt_cg_place(cg, ldone);
		cg->cg_cond--;
		break;
	}
	case DT_NODE_WHILE:
	case DT_NODE_FOR:
		dt_cg_loopstmt(cg, s);
		break;
	case DT_NODE_BREAK:
		/* what this iteration recorded goes out first */
		if (cg->cg_looprec)
			dt_cg_seg_send(cg, -1);
		dt_cg_jmp(cg, DT_JA(0), cg->cg_lbreak);
		break;
	case DT_NODE_CONTINUE:
		if (cg->cg_looprec)
			dt_cg_seg_send(cg, -1);
		dt_cg_jmp(cg, DT_JA(0), cg->cg_lnext);
		break;
	default:
		cg->cg_stmt++;
		dt_cg_expr(cg, s);
	}
	cg->cg_sp = base;
	cg->cg_scratch = sbase > cg->cg_pinned ? sbase : cg->cg_pinned;
}

static void
dt_cg_stmts(dt_cg_t *cg, dt_node_t *list)
{
	for (dt_node_t *s = list; s != NULL; s = s->dn_list)
		dt_cg_stmt(cg, s);
}

/* a statement with statements in it */
static int
dt_cg_isblock(const dt_node_t *s)
{
	return s->dn_kind == DT_NODE_BLOCK || s->dn_kind == DT_NODE_IF ||
	    s->dn_kind == DT_NODE_WHILE || s->dn_kind == DT_NODE_FOR;
}

/* ---- loops (a D extension) ----------------------------------------------- */

/*
 * for, while, break and continue.  The body is a bpf_loop() callback,
 * which the verifier checks once however many times it runs.  bpf_loop()
 * calls it at most 'cap' times: the loop's count when it can be read from
 * the loop's words (dn_value, see dt_sema_tripcount) plus one to see the
 * condition fail, else the option loopmax.  Each call: the condition (false: the loop is
 * done, stop), the body, the step.  break: done, stop; continue: the step.
 * A loop still running after cap calls is a fault ("loop limit reached"),
 * never a hang.  A body that records data sends its segment of the record
 * at the end of each iteration (dt_cg_seg_send).  The body's code runs in
 * the callback's stack frame: the fixed slots it reads are copied there
 * from the caller's, which bpf_loop() passes as r2 (&r9 in slot ctx).
 */
static void
dt_cg_loopstmt(dt_cg_t *cg, dt_node_t *s)
{
	static const struct { int16_t off; int size; } fixed[] = {
		{ DT_STK_CTX, BPF_DW }, { DT_STK_CPU, BPF_W }, { DT_STK_SEL, BPF_DW }
	};
	uint64_t cap = s->dn_value != 0 ? s->dn_value :
	    cg->cg_dtp->dt_opts.do_loopmax;
	int rec = dt_cg_clause_has_exit(s->dn_body);
	int sp = cg->cg_sp, lbreak = cg->cg_lbreak, lnext = cg->cg_lnext;
	int looprec = cg->cg_looprec, lexit = cg->cg_lbl_exit;
	uint32_t done = cg->cg_loopdone;

	cg->cg_stmt++;
	if (s->dn_kind == DT_NODE_FOR && s->dn_init != NULL) {
		cg->cg_void = 1;
		dt_cg_expr(cg, s->dn_init);
		cg->cg_void = 0;
		cg->cg_sp = sp;
	}
	cg->cg_loopdone = dt_cg_scratch(cg, 8);
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, (int16_t)cg->cg_loopdone, 0));
	/* the body's faults are seen after the loop: a placeholder for
	 * clearing the fault word, made a no-op if the body cannot fault */
	int clrat = dt_cg_emit(cg, DT_ST(BPF_W, R9, DT_MST_FAULT, 0));
	if (rec) {
		dt_cg_seg_send(cg, -1);
		dt_cg_seg_begin(cg);
	}
	int ctx = dt_cg_slot(cg);
	int csp = cg->cg_sp;

	int sub = dt_cg_sub_begin(cg);
	cg->cg_loops++;
	cg->cg_sp = 0;
	cg->cg_lbl_cbfault = dt_cg_label(cg);
	/* checks that leave the program (to bound a value for the verifier)
	 * leave the loop instead */
	cg->cg_lbl_exit = cg->cg_lbl_cbfault;
	cg->cg_lbreak = dt_cg_label(cg);
	cg->cg_lnext = dt_cg_label(cg);
	cg->cg_looprec = rec;
	for (int i = 0; i < (cg->cg_grouped ? 3 : 2); i++) {
		dt_cg_emit(cg, DT_LDX(fixed[i].size, R0, R2, fixed[i].off -
		    dt_cg_slotoff(ctx)));
		dt_cg_emit(cg, DT_STX(fixed[i].size, FP, R0, fixed[i].off));
	}
	dt_cg_ldmapval(cg, R8, DT_MAPID_GLOBALS, 0);
	if (s->dn_cond != NULL) {
		int c = dt_cg_expr(cg, s->dn_cond);
		dt_cg_lds(cg, R0, c);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), cg->cg_lbreak);
		cg->cg_sp = 0;
	}
	/* a break or continue may skip the body's actions: all are guarded */
	cg->cg_cond++;
	dt_cg_stmts(cg, s->dn_body);
	cg->cg_cond--;
	if (rec)
		dt_cg_seg_send(cg, -1);
	dt_cg_place(cg, cg->cg_lnext);
	if (s->dn_kind == DT_NODE_FOR && s->dn_step != NULL) {
		cg->cg_void = 1;
		dt_cg_expr(cg, s->dn_step);
		cg->cg_void = 0;
	}
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	/* the verifier refuses code that can't run: no tail nobody uses */
	if (dt_cg_label_used(cg, cg->cg_lbreak)) {
		dt_cg_emit(cg, DT_EXIT());
		dt_cg_place(cg, cg->cg_lbreak);
		dt_cg_emit(cg, DT_ST(BPF_DW, R9, (int16_t)cg->cg_loopdone, 1));
		dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	}
	int faults = dt_cg_label_used(cg, cg->cg_lbl_cbfault);
	if (faults) {
		dt_cg_emit(cg, DT_EXIT());
		dt_cg_place(cg, cg->cg_lbl_cbfault);
		dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	}
	dt_cg_sub_end(cg);
	cg->cg_lbl_exit = lexit;
	cg->cg_loops--;
	cg->cg_sp = csp;

	dt_cg_imm(cg, R1, cap);
	dt_cg_loop(cg, sub, ctx);
	int lok = dt_cg_label(cg), ldone = dt_cg_label(cg);
	if (!faults)
		cg->cg_insns[clrat] = DT_JA(0);
	if (faults) {
		dt_cg_emit(cg, DT_LDX(BPF_W, R0, R9, DT_MST_FAULT));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lok);
		dt_cg_fault_jmp(cg);    /* the body faulted */
		dt_cg_place(cg, lok);
	}
	dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R9, (int16_t)cg->cg_loopdone));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0), ldone);
	dt_cg_imm(cg, R1, cap);
	dt_cg_fault(cg, DT_FAULT_LOOPMAX, R1);
	dt_cg_place(cg, ldone);
	if (rec)
		dt_cg_seg_begin(cg);
	cg->cg_sp = sp;
	cg->cg_lbreak = lbreak;
	cg->cg_lnext = lnext;
	cg->cg_looprec = looprec;
	cg->cg_loopdone = done;
}

static int
dt_cg_clause_has_exit(dt_node_t *list)
{
	for (dt_node_t *s = list; s; s = s->dn_list) {
		if (s->dn_kind == DT_NODE_EXPR && s->dn_left &&
		    s->dn_left->dn_kind == DT_NODE_CALL && s->dn_left->dn_ident &&
		    s->dn_left->dn_ident->di_kind == DT_IDK_FUNC)
			return 1;   /* any action: records data */
		if (dt_cg_isblock(s) && (dt_cg_clause_has_exit(s->dn_body) ||
		    dt_cg_clause_has_exit(s->dn_else)))
			return 1;
	}
	return 0;
}

/* does the clause update an aggregation? */
static int
dt_cg_clause_has_agg(dt_node_t *list)
{
	for (dt_node_t *s = list; s; s = s->dn_list) {
		if (s->dn_kind == DT_NODE_EXPR && s->dn_left &&
		    s->dn_left->dn_kind == DT_NODE_OP2 &&
		    (s->dn_left->dn_flags & DT_NF_ACTION))
			return 1;
		if (dt_cg_isblock(s) && (dt_cg_clause_has_agg(s->dn_body) ||
		    dt_cg_clause_has_agg(s->dn_else)))
			return 1;
	}
	return 0;
}

static void
dt_cg_clause(dt_cg_t *cg, dt_clause_t *cl, uint32_t epid)
{
	dtrace_hdl_t *dtp = cg->cg_dtp;
	uint32_t rb = dt_cg_rec_base(dtp);
	int lend = dt_cg_label(cg);
	/* a clause records when it has data to show: always without -q
	 * (the probe line), except when it only aggregates */
	int records = dt_cg_clause_has_exit(cl->cl_node->dn_body) ||
	    (!dtp->dt_opts.do_quiet &&
	    !dt_cg_clause_has_agg(cl->cl_node->dn_body));

	cg->cg_clause = cl;
	cg->cg_epid = epid;
	cg->cg_stmt = 0;
	cg->cg_sp = 0;
	cg->cg_recoff = 0;
	cg->cg_nsegs = 0;
	cg->cg_records = records;
	cg->cg_spec = cl->cl_spec;
	cg->cg_building = cl->cl_recs == NULL && cl->cl_recsize == 0;
	cg->cg_scratch = cg->cg_pinned = cg->cg_scratch_base;

	dt_cg_comment(cg, "clause %d: %s", cl->cl_index, cl->cl_desctext);
	dt_cg_seg_begin(cg);
	dt_cg_seg_unguard(cg, -1);
	if (cg->cg_probe->pr_id != DT_PROBE_END && !cg->cg_in_error &&
	    cg->cg_clauseno > 0) {
		/* after exit(), later clauses do not run (DTrace's draining);
		 * the first one was checked on entry */
		dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R8, DT_GLOB_ACTIVITY));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0), lend);
	}
	if (dtp->dt_debug_reject == cl->cl_index + 1) {
		/* test hook (DTRACE_DEBUG_REJECT=N): read a register that was
		 * never written, which the verifier must refuse */
		dt_cg_emit(cg, DT_MOV64_REG(R0, R5));
	}
	if (cl->cl_node->dn_pred != NULL) {
		int s = dt_cg_expr(cg, cl->cl_node->dn_pred);
		dt_cg_lds(cg, R0, s);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lend);
		cg->cg_sp = 0;
		cg->cg_scratch = cg->cg_scratch_base;
	}
	dt_cg_stmts(cg, cl->cl_node->dn_body);

	uint32_t size = (cg->cg_recoff + 7) & ~7u;
	if (cg->cg_building) {
		cl->cl_recsize = size;
		cl->cl_segs[cg->cg_seg].cs_size = size - cg->cg_segoff;
	}
	if (rb + size > dtp->dt_mstneed)
		dtp->dt_mstneed = rb + size;
	dt_cg_seg_send(cg, -1);
	dt_cg_place(cg, lend);
	cg->cg_building = 0;
	cg->cg_clause = NULL;
}

/* Does any expression in the list n (and what it contains) read argN? */
static int
dt_cg_uses_args(const dt_node_t *n)
{
	for (; n != NULL; n = n->dn_list) {
		const dt_ident_t *id = n->dn_ident;
		if (n->dn_kind == DT_NODE_IDENT && id != NULL) {
			if (id->di_kind == DT_IDK_BUILTIN &&
			    ((id->di_id >= DT_VAR_ARG0 &&
			    id->di_id <= DT_VAR_ARG9) ||
			    id->di_id == DT_VAR_ERRNO))
				return 1;
			if (id->di_kind == DT_IDK_INLINE &&
			    dt_cg_uses_args(id->di_inline))
				return 1;
		}
		if (dt_cg_uses_args(n->dn_left) || dt_cg_uses_args(n->dn_right) ||
		    dt_cg_uses_args(n->dn_cond) || dt_cg_uses_args(n->dn_args) ||
		    dt_cg_uses_args(n->dn_body) || dt_cg_uses_args(n->dn_else) ||
		    dt_cg_uses_args(n->dn_init) || dt_cg_uses_args(n->dn_step))
			return 1;
	}
	return 0;
}

static uint32_t
dt_cg_epid_of(dtrace_hdl_t *dtp, dt_probe_t *pr, dt_clause_t *cl)
{
	for (uint32_t i = 1; i <= dtp->dt_nepids; i++)
		if (dtp->dt_epids[i].ep_probe == pr &&
		    dtp->dt_epids[i].ep_clause == cl)
			return i;
	return 0;
}

uint32_t
dt_cg_rec_base(const dtrace_hdl_t *dtp)
{
	return dt_cg_strtok_base(dtp) + (dtp->dt_use_strtok ?
	    8 + ((DT_STRBUF(dtp) + 7) & ~7u) : 0);
}

/* strtok()'s state, when a clause uses it: the position (-1 for none),
 * then the string being cut */
uint32_t
dt_cg_strtok_base(const dtrace_hdl_t *dtp)
{
	return DT_MST_THIS + ((dtp->dt_thissize + 7) & ~7u);
}

/* each speculation's state (DT_SPEC_*), in the globals after the user's */
uint32_t
dt_cg_spec_base(const dtrace_hdl_t *dtp)
{
	return DT_GLOB_USER + ((dtp->dt_globsize + 7) & ~7u) + 8;
}

uint32_t
dt_cg_globals_size(const dtrace_hdl_t *dtp)
{
	return dt_cg_spec_base(dtp) + (dtp->dt_use_spec ?
	    DT_SPEC_SIZE * ((uint32_t)dtp->dt_opts.do_nspec + 1) : 0);
}

static void dt_cg_probe_body(dt_cg_t *, dtrace_hdl_t *, dt_probe_t *);
static void dt_cg_prune(dt_cg_t *);

/* Does any instruction from 'from' on use r9 or the saved CPU number? */
static int
dt_cg_uses_state(const dt_cg_t *cg, int from)
{
	for (int i = from; i < cg->cg_n; i++) {
		const struct bpf_insn *in = &cg->cg_insns[i];
		if (in->code == (BPF_LD | BPF_DW | BPF_IMM)) {
			if (in->dst_reg == R9)
				return 1;
			i++;            /* the second half */
			continue;
		}
		if (in->dst_reg == R9 || in->src_reg == R9)
			return 1;
		if ((in->src_reg == FP || in->dst_reg == FP) &&
		    in->off == DT_STK_CPU)
			return 1;
		if (BPF_CLASS(in->code) == BPF_ALU64 && in->dst_reg != FP &&
		    BPF_SRC(in->code) == BPF_K && in->imm == DT_STK_CPU)
			return 1;       /* an address of the slot: fp - 16 */
	}
	return 0;
}

/*
 * Remove the instructions no path reaches, which the verifier refuses:
 * what follows a break or continue, the join of an if whose branches both
 * leave; and no-op jumps.  Reached: the first instruction, callbacks whose address a
 * reached instruction loads, and what reached jumps and fall-throughs lead
 * to.  Jumps and callback addresses are then renumbered.
 */
static void
dt_cg_prune(dt_cg_t *cg)
{
	struct bpf_insn *in = cg->cg_insns;
	int n = cg->cg_n, *work = malloc((size_t)(n + 1) * sizeof(int));
	int *map = calloc((size_t)n + 1, sizeof(int)), nw = 0, k = 0;
	char *seen = calloc((size_t)n + 2, 1);

	if (work == NULL || map == NULL || seen == NULL)
		dt_cg_error(cg, D_UNKNOWN, "out of memory");
#define DT_REACH(j) do { if ((j) >= 0 && (j) < n && !seen[j]) { \
	seen[j] = 1; work[nw++] = (j); } } while (0)
	DT_REACH(0);
	while (nw > 0) {
		int i = work[--nw];
		uint8_t cls = BPF_CLASS(in[i].code), op = BPF_OP(in[i].code);
		if (in[i].code == (BPF_LD | BPF_DW | BPF_IMM)) {
			seen[i + 1] = 1;
			if (in[i].src_reg == BPF_PSEUDO_FUNC)
				DT_REACH(i + 1 + in[i].imm);
			DT_REACH(i + 2);
		} else if (cls == BPF_JMP || cls == BPF_JMP32) {
			if (op == BPF_EXIT)
				continue;
			if (op != BPF_CALL)
				DT_REACH(i + 1 + in[i].off);
			if (op != BPF_JA)
				DT_REACH(i + 1);
		} else
			DT_REACH(i + 1);
	}
#undef DT_REACH
	/* placeholders left as no-ops (ja +0) go too: a jump to one goes to
	 * what follows it */
	for (int i = 0; i < n; i++) {
		if (seen[i] && in[i].code == (BPF_JMP | BPF_JA) && in[i].off == 0)
			seen[i] = 0;
		map[i] = seen[i] ? k++ : k;
	}
	map[n] = k;
	for (int i = 0; i < n; i++) {
		if (!seen[i]) {
			free(cg->cg_cmts[i]);
			continue;
		}
		struct bpf_insn x = in[i];
		uint8_t cls = BPF_CLASS(x.code), op = BPF_OP(x.code);
		if (x.code == (BPF_LD | BPF_DW | BPF_IMM) &&
		    x.src_reg == BPF_PSEUDO_FUNC)
			x.imm = map[i + 1 + x.imm] - map[i] - 1;
		else if ((cls == BPF_JMP || cls == BPF_JMP32) &&
		    op != BPF_CALL && op != BPF_EXIT)
			x.off = (int16_t)(map[i + 1 + x.off] - map[i] - 1);
		cg->cg_insns[map[i]] = x;
		cg->cg_cmts[map[i]] = cg->cg_cmts[i];
		cg->cg_insncl[map[i]] = cg->cg_insncl[i];
	}
	cg->cg_n = k;
	free(work);
	free(map);
	free(seen);
}

static void
dt_cg_free(dt_cg_t *cg)
{
	dt_cg_buf_t b = { 0 };

	dt_cg_free_subs(cg);
	dt_cg_buf_swap(cg, &b);
	dt_cg_buf_free(&b);
	free(cg->cg_lbl);
	free(cg->cg_resume);
	free(cg->cg_pending);
}

int
dt_cg_probe(dtrace_hdl_t *dtp, dt_probe_t *pr)
{
	dt_cg_t *cg = calloc(1, sizeof(*cg));

	cg->cg_dtp = dtp;
	cg->cg_probe = pr;
	if (setjmp(cg->cg_jmp) != 0) {
		dt_cg_free(cg);
		free(cg);
		return -1;
	}
	dt_cg_probe_body(cg, dtp, pr);
	free(cg);
	return 0;
}

static void
dt_cg_probe_body(dt_cg_t *cgp, dtrace_hdl_t *dtp, dt_probe_t *pr)
{
#define cg (*cgp)
	int nclauses = 0;

	/* scratch starts after the largest record any clause can write */
	cg.cg_scratch_base = dt_cg_rec_base(dtp) + dtp->dt_recmax;
	cg.cg_need = cg.cg_scratch_base;
	cg.cg_lbl_fault = dt_cg_label(&cg);
	cg.cg_lbl_exit = dt_cg_label(&cg);

	/* prologue */
	dt_cg_comment(&cg, "prologue: %s:%s:%s:%s", pr->pr_prov->pv_name,
	    pr->pr_mod, pr->pr_func, pr->pr_name);
	dt_cg_emit(&cg, DT_STX(BPF_DW, FP, R1, DT_STK_CTX));
	int st0 = cg.cg_n;      /* the per-CPU state lookup: [st0, st1) */
	dt_cg_emit(&cg, DT_CALL(BPF_FUNC_get_smp_processor_id));
	dt_cg_emit(&cg, DT_STX(BPF_W, FP, R0, DT_STK_CPU));
	dt_cg_ldmap(&cg, R1, DT_MAPID_MSTATE);
	dt_cg_emit(&cg, DT_MOV64_REG(R2, FP));
	dt_cg_emit(&cg, DT_ALU64_IMM(BPF_ADD, R2, DT_STK_CPU));
	dt_cg_emit(&cg, DT_CALL(BPF_FUNC_map_lookup_elem));
	dt_cg_jmp(&cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), cg.cg_lbl_exit);
	dt_cg_emit(&cg, DT_MOV64_REG(R9, R0));
	int st1 = cg.cg_n;
	/* strtok(NULL, ...) starts empty: where the program calls strtok(),
	 * this no-op (which the verifier drops) becomes the reset */
	int tokat = dtp->dt_use_strtok ? dt_cg_emit(&cg, DT_JA(0)) : -1;
	dt_cg_ldmapval(&cg, R8, DT_MAPID_GLOBALS, 0);
	if (pr->pr_id != DT_PROBE_END) {
		dt_cg_emit(&cg, DT_LDX(BPF_DW, R0, R8, DT_GLOB_ACTIVITY));
		dt_cg_jmp(&cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0), cg.cg_lbl_exit);
	}
	if (pr->pr_prov->pv_ops->po_filter != NULL) {
		dt_cg_comment(&cg, "filter");
		pr->pr_prov->pv_ops->po_filter(&cg, pr);
	}
	/* an attachment group's program: which of its probes fired? */
	dt_probe_t *const *members = pr->pr_members ? pr->pr_members : &pr;
	int nmembers = pr->pr_members ? pr->pr_nmembers : 1;
	int grouped = pr->pr_gkey != 0 &&
	    pr->pr_prov->pv_ops->po_selector != NULL;
	if (grouped) {
		for (int i = 0; i < nmembers; i++)
			if (members[i]->pr_sel > cg.cg_selmax)
				cg.cg_selmax = members[i]->pr_sel;
		dt_cg_comment(&cg, "selector");
		pr->pr_prov->pv_ops->po_selector(&cg, pr);
		dt_cg_emit(&cg, DT_MOV64_REG(R1, R0));
		dt_cg_jmp(&cg, DT_JMP_IMM(BPF_JGT, R1, (int32_t)cg.cg_selmax, 0),
		    cg.cg_lbl_exit);
		dt_cg_emit(&cg, DT_STX(BPF_DW, FP, R1, DT_STK_SEL));
		cg.cg_grouped = 1;
		dt_cg_sel_filter(&cg, members, nmembers, cg.cg_lbl_exit, 1);
	}

	/* provider trampoline: mstate->argv[], when a clause reads it */
	int need_args = 0;
	for (dt_clause_t *cl = dtp->dt_clauses; cl; cl = cl->cl_next)
		for (int i = 0; i < nmembers; i++)
			if (dt_cg_epid_of(dtp, members[i], cl) != 0 &&
			    (dt_cg_uses_args(cl->cl_node->dn_pred) ||
			    dt_cg_uses_args(cl->cl_node->dn_body))) {
				need_args = 1;
				break;
			}
	if (need_args) {
		dt_cg_comment(&cg, "trampoline");
		/* only the arguments the probe has: argN beyond them reads
		 * as 0 without touching memory */
		for (int i = 0; i < pr->pr_nargv; i++)
			dt_cg_emit(&cg, DT_ST(BPF_DW, R9, DT_MST_ARGV + 8 * i,
			    0));
		if (pr->pr_prov->pv_ops->po_trampoline != NULL)
			pr->pr_prov->pv_ops->po_trampoline(&cg, pr);
	}

	/* clauses, in program order */
	int nc = 0;
	for (dt_clause_t *cl = dtp->dt_clauses; cl; cl = cl->cl_next)
		nc++;
	cg.cg_resume = calloc(nc + 1, sizeof(int));
	/* per clause of this program: the probes it runs for */
	dt_probe_t **clm = calloc((size_t)(nc + 1) * nmembers,
	    sizeof(dt_probe_t *));
	int *nclm = calloc(nc + 1, sizeof(int));
	dt_clause_t **cls = calloc(nc + 1, sizeof(dt_clause_t *));
	for (dt_clause_t *cl = dtp->dt_clauses; cl; cl = cl->cl_next) {
		dt_probe_t **set = clm + (size_t)nclauses * nmembers;
		int k = 0;
		for (int i = 0; i < nmembers; i++)
			if (dt_cg_epid_of(dtp, members[i], cl) != 0)
				set[k++] = members[i];
		if (k == 0)
			continue;
		nclm[nclauses] = k;
		cls[nclauses] = cl;
		cg.cg_clauseno = nclauses;
		cg.cg_resume[nclauses] = dt_cg_label(&cg);
		if (grouped && k < nmembers) {
			dt_cg_comment(&cg, "clause %d: for %d of the %d probes",
			    cl->cl_index, k, nmembers);
			dt_cg_sel_filter(&cg, set, k, cg.cg_resume[nclauses],
			    0);
		}
		cg.cg_clm = set;
		cg.cg_nclm = k;
		dt_cg_clause(&cg, cl, dt_cg_epid_of(dtp, set[0], cl));
		dt_cg_place(&cg, cg.cg_resume[nclauses]);
		nclauses++;
	}
	cg.cg_clm = NULL;
	cg.cg_nclm = 0;
	dt_cg_jmp(&cg, DT_JA(0), cg.cg_lbl_exit);
	if (cg.cg_nfaults == 0)
		goto done;     /* unreachable code is rejected by the verifier */

	/* the fault handler: report, then resume after the faulting clause */
	uint32_t rb = dt_cg_rec_base(dtp);
	dt_cg_place(&cg, cg.cg_lbl_fault);
	dt_cg_comment(&cg, "fault handler");
	dt_cg_emit(&cg, DT_ST(BPF_W, R9, (int16_t)rb, (int32_t)DT_EPID_FAULT));
	dt_cg_emit(&cg, DT_LDX(BPF_W, R0, FP, DT_STK_CPU));
	dt_cg_emit(&cg, DT_STX(BPF_W, R9, R0, (int16_t)(rb + 4)));
	dt_cg_emit(&cg, DT_ST(BPF_W, R9, (int16_t)(rb + 8), 0));
	/* epid of the faulting clause is filled from a table below */
	for (int i = 0; i < nclauses; i++) {
		int lnext = dt_cg_label(&cg);
		dt_cg_emit(&cg, DT_LDX(BPF_DW, R0, FP, DT_STK_RESUME));
		dt_cg_jmp(&cg, DT_JMP_IMM(BPF_JNE, R0, i, 0), lnext);
		/* the epid of the i-th clause for the probe that fired */
		cg.cg_clm = clm + (size_t)i * nmembers;
		cg.cg_nclm = nclm[i];
		cg.cg_clause = cls[i];
		cg.cg_epid = dt_cg_epid_of(dtp, cg.cg_clm[0], cls[i]);
		dt_cg_epid(&cg, R0);
		dt_cg_emit(&cg, DT_STX(BPF_W, R9, R0, (int16_t)(rb + 8)));
		dt_cg_place(&cg, lnext);
	}
	cg.cg_clm = NULL;
	cg.cg_nclm = 0;
	cg.cg_clause = NULL;
	dt_cg_emit(&cg, DT_LDX(BPF_W, R0, R9, DT_MST_FAULT));
	dt_cg_emit(&cg, DT_STX(BPF_W, R9, R0, (int16_t)(rb + 12)));
	dt_cg_emit(&cg, DT_LDX(BPF_W, R0, R9, DT_MST_FACTION));
	dt_cg_emit(&cg, DT_STX(BPF_W, R9, R0, (int16_t)(rb + 16)));
	dt_cg_emit(&cg, DT_LDX(BPF_W, R0, R9, DT_MST_FPC));
	dt_cg_emit(&cg, DT_STX(BPF_W, R9, R0, (int16_t)(rb + 20)));
	dt_cg_emit(&cg, DT_LDX(BPF_DW, R0, R9, DT_MST_FADDR));
	dt_cg_emit(&cg, DT_STX(BPF_DW, R9, R0, (int16_t)(rb + 24)));
	dt_cg_mstinc(&cg, DT_MST_NFAULTS);
	dt_cg_ldmap(&cg, R1, DT_MAPID_RINGBUF);
	dt_cg_emit(&cg, DT_MOV64_REG(R2, R9));
	dt_cg_emit(&cg, DT_ALU64_IMM(BPF_ADD, R2, rb));
	dt_cg_emit(&cg, DT_MOV64_IMM(R3, sizeof(dt_faultrec_t)));
	dt_cg_emit(&cg, DT_MOV64_IMM(R4, BPF_RB_NO_WAKEUP));
	dt_cg_emit(&cg, DT_CALL(BPF_FUNC_ringbuf_output));
	if (rb + sizeof(dt_faultrec_t) > dtp->dt_mstneed)
		dtp->dt_mstneed = rb + sizeof(dt_faultrec_t);

	/* ERROR clauses run here, with the fault as their arguments */
	dt_probe_t *errp = dt_probe_by_id(dtp, DT_PROBE_ERROR);
	cg.cg_lbl_errend = dt_cg_label(&cg);
	if (errp != NULL && errp->pr_enabled && pr != errp) {
		dt_probe_t *saved = cg.cg_probe;
		int savedno = cg.cg_clauseno;
		cg.cg_in_error = 1;
		cg.cg_probe = errp;
		dt_cg_emit(&cg, DT_ST(BPF_DW, R9, DT_MST_ARGV, 0));
		dt_cg_emit(&cg, DT_LDX(BPF_W, R0, R9, (int16_t)(rb + 8)));
		dt_cg_emit(&cg, DT_STX(BPF_DW, R9, R0, DT_MST_ARGV + 8));
		/* arg2 the action, arg3 the offset, arg4 the fault, arg5 the
		 * address, as in DTrace */
		dt_cg_emit(&cg, DT_LDX(BPF_W, R0, R9, DT_MST_FACTION));
		dt_cg_emit(&cg, DT_STX(BPF_DW, R9, R0, DT_MST_ARGV + 16));
		dt_cg_emit(&cg, DT_LDX(BPF_W, R0, R9, DT_MST_FPC));
		dt_cg_emit(&cg, DT_STX(BPF_DW, R9, R0, DT_MST_ARGV + 24));
		dt_cg_emit(&cg, DT_LDX(BPF_W, R0, R9, DT_MST_FAULT));
		dt_cg_emit(&cg, DT_STX(BPF_DW, R9, R0, DT_MST_ARGV + 32));
		dt_cg_emit(&cg, DT_LDX(BPF_DW, R0, R9, DT_MST_FADDR));
		dt_cg_emit(&cg, DT_STX(BPF_DW, R9, R0, DT_MST_ARGV + 40));
		for (dt_clause_t *cl = dtp->dt_clauses; cl; cl = cl->cl_next) {
			uint32_t epid = dt_cg_epid_of(dtp, errp, cl);
			if (epid != 0)
				dt_cg_clause(&cg, cl, epid);
		}
		cg.cg_in_error = 0;
		cg.cg_probe = saved;
		cg.cg_clauseno = savedno;
	}
	dt_cg_place(&cg, cg.cg_lbl_errend);
	for (int i = 0; i < nclauses; i++) {
		dt_cg_emit(&cg, DT_LDX(BPF_DW, R0, FP, DT_STK_RESUME));
		dt_cg_jmp(&cg, DT_JMP_IMM(BPF_JEQ, R0, i, 0), cg.cg_resume[i]);
	}
done:
	free(clm);
	free(nclm);
	free(cls);
	dt_cg_place(&cg, cg.cg_lbl_exit);
	dt_cg_emit(&cg, DT_MOV64_IMM(R0, 0));
	dt_cg_emit(&cg, DT_EXIT());
	if (tokat >= 0 && cg.cg_strtok)
		cg.cg_insns[tokat] = DT_ST(BPF_DW, R9,
		    (int16_t)dt_cg_strtok_base(dtp), -1);
	dt_cg_resolve(&cg);
	dt_cg_append_subs(&cg);
	/* a program that never uses the per-CPU state (r9) nor the CPU number
	 * saved with it, say one that only counts, does without the lookup;
	 * no jump crosses those instructions but their own */
	if (!dt_cg_uses_state(&cg, st1)) {
		int gap = st1 - st0;
		for (int i = st0; i < st1; i++)
			free(cg.cg_cmts[i]);
		memmove(&cg.cg_insns[st0], &cg.cg_insns[st1],
		    (size_t)(cg.cg_n - st1) * sizeof(cg.cg_insns[0]));
		memmove(&cg.cg_cmts[st0], &cg.cg_cmts[st1],
		    (size_t)(cg.cg_n - st1) * sizeof(cg.cg_cmts[0]));
		memmove(&cg.cg_insncl[st0], &cg.cg_insncl[st1],
		    (size_t)(cg.cg_n - st1) * sizeof(cg.cg_insncl[0]));
		cg.cg_n -= gap;
	}
	dt_cg_prune(&cg);

	if (cg.cg_need > dtp->dt_mstneed)
		dtp->dt_mstneed = cg.cg_need;
	pr->pr_insns = cg.cg_insns;
	pr->pr_ninsns = cg.cg_n;
	pr->pr_comments = cg.cg_cmts;
	pr->pr_insncl = cg.cg_insncl;
	cg.cg_insns = NULL;
	cg.cg_cmts = NULL;
	cg.cg_insncl = NULL;
	cg.cg_n = 0;
	dt_cg_free(&cg);
#undef cg
}

/*
 * Before generating any program, lay out every clause's record once so
 * that the scratch area can start after the largest record.  This runs the
 * generator on each clause against a throw-away program.
 */
static int
dt_cg_layout_clause(dtrace_hdl_t *dtp, dt_clause_t *cl, dt_probe_t *pr)
{
	dt_cg_t *cg = calloc(1, sizeof(*cg));
	volatile int rc = 0;

	cg->cg_dtp = dtp;
	cg->cg_probe = pr;
	if (setjmp(cg->cg_jmp) != 0) {
		rc = -1;
	} else {
		cg->cg_lbl_fault = dt_cg_label(cg);
		cg->cg_lbl_errend = dt_cg_label(cg);
		dt_cg_clause(cg, cl, 1);
	}
	dt_cg_free(cg);
	free(cg);
	return rc;
}

int
dt_cg_layout(dtrace_hdl_t *dtp)
{
	uint32_t max = sizeof(dt_faultrec_t);

	for (dt_clause_t *cl = dtp->dt_clauses; cl; cl = cl->cl_next) {
		/* any probe the clause matches will do for layout */
		dt_probe_t *pr = NULL;
		for (uint32_t i = 1; i <= dtp->dt_nepids && pr == NULL; i++)
			if (dtp->dt_epids[i].ep_clause == cl)
				pr = dtp->dt_epids[i].ep_probe;
		if (pr == NULL)
			continue;
		if (dt_cg_layout_clause(dtp, cl, pr) != 0)
			return -1;
		if (cl->cl_recsize > max)
			max = cl->cl_recsize;
	}
	dtp->dt_recmax = (max + 7) & ~7u;
	if (dtp->dt_thisfar > 0 &&
	    DT_MST_FAR + dtp->dt_thisfar > dtp->dt_mstneed)
		dtp->dt_mstneed = DT_MST_FAR + dtp->dt_thisfar;
	return 0;
}
