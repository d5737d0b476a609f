/*
 * dt_cg_str.c -- code generation for D's string subroutines.
 *
 * A D string is the address of strsize + 1 bytes in a map value (see
 * dt_cg.c).  A subroutine copies its operands into this CPU's scratch
 * space with bpf_probe_read_kernel_str(), which also gives their lengths,
 * and builds its result there.  Work that needs a loop over the characters
 * runs as a bpf_loop() callback, so the verifier checks its body once
 * rather than once per character: the cost of loading a script does not
 * grow with strsize.
 */
#include <string.h>
#include "dt_cg_impl.h"

/*
 * Copy the string in slot s into new scratch space of strsize + 1 bytes
 * and return its offset; r0 = its length.  A string that cannot be read
 * reads as "".
 */
uint32_t
dt_cg_strget(dt_cg_t *cg, int s)
{
	uint32_t ss = dt_cg_strsize(cg), off = dt_cg_scratch(cg, ss);
	int lok = dt_cg_label(cg);

	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)off));
	dt_cg_emit(cg, DT_MOV64_IMM(R2, (int32_t)ss));
	dt_cg_lds(cg, R3, s);
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGT, R0, 0, 0), lok);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	dt_cg_place(cg, lok);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R0, 1));
	return off;
}

/* r0 = strlen of the string in slot s */
static void
dt_cg_strlen(dt_cg_t *cg, int s)
{
	(void)dt_cg_strget(cg, s);
}

/* r2 = the value in r2 clamped to 0 .. max (signed), plus 1 */
static void
dt_cg_clampsize(dt_cg_t *cg, int32_t max)
{
	int lhi = dt_cg_label(cg);

	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGE, R2, 0, 0), lhi);
	dt_cg_emit(cg, DT_MOV64_IMM(R2, 0));
	dt_cg_place(cg, lhi);
	dt_cg_clampmax(cg, R2, max);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2, 1));
}

/* copyinstr(addr [, max]), stringof(kernel address) */
void
dt_cg_readstr(dt_cg_t *cg, dt_node_t *addr, dt_node_t *max, int user,
    int res)
{
	int32_t strsize = (int32_t)dt_cg_strsize(cg) - 1;
	int sa = dt_cg_expr(cg, addr), sm = max ? dt_cg_expr(cg, max) : -1;
	uint32_t off = dt_cg_scratch(cg, (uint32_t)strsize + 1);

	if (sm >= 0) {
		dt_cg_lds(cg, R2, sm);
		dt_cg_extend(cg, R2, max->dn_type);
		dt_cg_clampsize(cg, strsize);
	} else {
		dt_cg_emit(cg, DT_MOV64_IMM(R2, strsize + 1));
	}
	dt_cg_lds(cg, R3, sa);
	dt_cg_strcopy(cg, off, user);
	dt_cg_stsaddr(cg, res, off);
}

/* strjoin(a, b): b copied over a's NUL, the result cut at strsize */
static void
dt_cg_strjoin(dt_cg_t *cg, dt_node_t *n, int res)
{
	int32_t ss = (int32_t)dt_cg_strsize(cg);
	int sa = dt_cg_expr(cg, n->dn_args);
	int sb = dt_cg_expr(cg, n->dn_args->dn_list);
	uint32_t off = dt_cg_scratch(cg, 2 * (uint32_t)ss);

	dt_cg_stsaddr(cg, res, off);
	dt_cg_emit(cg, DT_MOV64_IMM(R2, ss));
	dt_cg_lds(cg, R3, sa);
	dt_cg_strcopy(cg, off, 0);
	/* r0 = strlen(a) + 1, in 1 .. ss: b goes at r0 - 1 */
	dt_cg_clampmax(cg, R0, ss);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R0, 1));
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)off));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R1, R0));
	dt_cg_emit(cg, DT_MOV64_IMM(R2, ss));
	dt_cg_lds(cg, R3, sb);
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
	dt_cg_emit(cg, DT_ST(BPF_B, R9, (int16_t)(off + (uint32_t)ss - 1), 0));
}

/*
 * substr(s, index [, length]), as DTrace: a negative index counts from the
 * end (and a length that reaches past the start is shortened); a negative
 * length leaves that many characters off the end; an index past the end
 * gives "".
 */
static void
dt_cg_substr(dt_cg_t *cg, dt_node_t *n, int res)
{
	int32_t strsize = (int32_t)dt_cg_strsize(cg) - 1;
	dt_node_t *ai = n->dn_args->dn_list, *al = ai->dn_list;
	int ss = dt_cg_expr(cg, n->dn_args);
	int si = dt_cg_expr(cg, ai), sl = al ? dt_cg_expr(cg, al) : -1;
	int lpos = dt_cg_label(cg), lempty = dt_cg_label(cg);
	int lcopy = dt_cg_label(cg), lrem = dt_cg_label(cg);

	dt_cg_strlen(cg, ss);
	dt_cg_emit(cg, DT_MOV64_REG(R4, R0));           /* r4 = len */
	dt_cg_lds(cg, R5, si);                          /* r5 = index */
	dt_cg_extend(cg, R5, ai->dn_type);
	if (sl >= 0) {                                  /* r6 = remaining */
		dt_cg_lds(cg, R6, sl);
		dt_cg_extend(cg, R6, al->dn_type);
	} else {
		dt_cg_emit(cg, DT_MOV64_IMM(R6, strsize + 1));
	}
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGE, R5, 0, 0), lpos);
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R5, R4));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGE, R5, 0, 0), lpos);
	/* index < 0 && index + remaining > 0: remaining += index, index 0 */
	dt_cg_emit(cg, DT_MOV64_REG(R1, R5));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R1, R6));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSLE, R1, 0, 0), lempty);
	dt_cg_emit(cg, DT_MOV64_REG(R6, R1));
	dt_cg_emit(cg, DT_MOV64_IMM(R5, 0));
	dt_cg_place(cg, lpos);
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JSGE, R5, R4, 0), lempty);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGE, R6, 0, 0), lrem);
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R6, R4));  /* += len - index */
	dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R6, R5));
	dt_cg_place(cg, lrem);
	dt_cg_jmp(cg, DT_JA(0), lcopy);
	dt_cg_place(cg, lempty);
	dt_cg_emit(cg, DT_MOV64_IMM(R5, 0));
	dt_cg_emit(cg, DT_MOV64_IMM(R6, 0));
	dt_cg_place(cg, lcopy);
	/* copy min(remaining, strsize) characters from s + index */
	uint32_t off = dt_cg_scratch(cg, (uint32_t)strsize + 1);
	dt_cg_emit(cg, DT_MOV64_REG(R2, R6));
	dt_cg_clampsize(cg, strsize);
	dt_cg_lds(cg, R3, ss);
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R3, R5));
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)off));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
	dt_cg_stsaddr(cg, res, off);
}

/* ---- loops over characters -------------------------------------------------
 *
 * A loop's variables are fields of scratch space, FLD(c, 1 ..), not stack
 * slots: the verifier cannot know what a map value holds, so it checks a
 * callback for any value of them at once instead of following the loop
 * iteration by iteration.
 */
#define FLD(c, f) ((int16_t)((c) + 8 * ((f) - 1)))

/* bpf_loop() over sub, then r0 = the result field (-1 when the caller
 * jumps to lnone instead of looping) */
static void
dt_cg_loop_result(dt_cg_t *cg, int sub, int16_t field, int lnone)
{
	int ldone = dt_cg_label(cg);

	dt_cg_loop(cg, sub, -1);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R9, field));
	dt_cg_jmp(cg, DT_JA(0), ldone);
	dt_cg_place(cg, lnone);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, -1));
	dt_cg_place(cg, ldone);
}

/* in a callback: r<reg> = r9 + off + r<idx>, idx known to be <= max */
static void
dt_cg_cbaddr(dt_cg_t *cg, int reg, int idx, uint32_t off)
{
	if (reg != idx)
		dt_cg_emit(cg, DT_MOV64_REG(reg, idx));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, reg, R9));
	if (off != 0)
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, reg, (int32_t)off));
}

/* slot res = a copy, in new scratch, of the string at r3 (any address) */
static void
dt_cg_strdup(dt_cg_t *cg, int res)
{
	uint32_t ss = dt_cg_strsize(cg), out = dt_cg_scratch(cg, ss);

	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)out));
	dt_cg_emit(cg, DT_MOV64_IMM(R2, (int32_t)ss));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
	dt_cg_stsaddr(cg, res, out);
}

/*
 * Where the m (slot sm) characters at scratch nb occur in the n (slot sn)
 * at scratch hb: r0 = the first position >= the start in slot sst
 * (dir > 0), or the last one <= it (dir < 0), or -1.
 *
 * One comparison of a character per iteration, so the callback has no
 * loop of its own: f1 the position tried, f2 the characters matched there,
 * f3 the result, f4 m, f5 the last position to try (dir > 0).
 */
static void
dt_cg_find(dt_cg_t *cg, uint32_t hb, uint32_t nb, int sn, int sm, int sst,
    int dir)
{
	int32_t max = (int32_t)dt_cg_strsize(cg) - 1;
	uint32_t c = dt_cg_scratch(cg, 8 * 5 + 8);
	int lmatch, lnext, lgo, lnone = dt_cg_label(cg);
	int ldone = dt_cg_label(cg);

	int sub = dt_cg_sub_begin(cg);
	lmatch = dt_cg_label(cg);
	lnext = dt_cg_label(cg);
	lgo = dt_cg_label(cg);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, FLD(c, 1)));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R2, R9, FLD(c, 2)));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R3, R9, FLD(c, 4)));
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JGE, R2, R3, 0), lmatch);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R2, max, 0), lnext);
	dt_cg_emit(cg, DT_MOV64_REG(R4, R1));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R4, R2));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R4, max, 0), lnext);
	dt_cg_cbaddr(cg, R4, R4, hb);
	dt_cg_emit(cg, DT_LDX(BPF_B, R4, R4, 0));
	dt_cg_cbaddr(cg, R5, R2, nb);
	dt_cg_emit(cg, DT_LDX(BPF_B, R5, R5, 0));
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JNE, R4, R5, 0), lnext);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2, 1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R2, FLD(c, 2)));
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JGE, R2, R3, 0), lmatch);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_emit(cg, DT_EXIT());
	dt_cg_place(cg, lmatch);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, FLD(c, 3)));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	dt_cg_emit(cg, DT_EXIT());
	/* a mismatch: the next position, from its first character */
	dt_cg_place(cg, lnext);
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, FLD(c, 2), 0));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, dir));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, FLD(c, 1)));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	if (dir > 0) {
		dt_cg_emit(cg, DT_LDX(BPF_DW, R2, R9, FLD(c, 5)));
		dt_cg_jmp(cg, DT_JMP_REG(BPF_JSLE, R1, R2, 0), lgo);
	} else {
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGE, R1, 0, 0), lgo);
	}
	dt_cg_emit(cg, DT_EXIT());
	dt_cg_place(cg, lgo);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_sub_end(cg);

	/*
	 * r1 = n - m, the last position the needle fits at; r2 = start.
	 * As DTrace (and Perl): a start past the end finds an empty needle
	 * at the end, and one before the start finds it at 0; index()
	 * never tries position n for an empty needle, rindex() does.
	 */
	dt_cg_lds(cg, R1, sn);
	dt_cg_lds(cg, R3, sm);
	dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R1, R3));
	dt_cg_lds(cg, R2, sst);
	if (dir > 0) {
		int lpos = dt_cg_label(cg), lin = dt_cg_label(cg);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGE, R2, 0, 0), lpos);
		dt_cg_emit(cg, DT_MOV64_IMM(R2, 0));
		dt_cg_place(cg, lpos);
		dt_cg_lds(cg, R0, sn);
		dt_cg_jmp(cg, DT_JMP_REG(BPF_JSLT, R2, R0, 0), lin);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R3, 0, 0), lnone);
		dt_cg_jmp(cg, DT_JA(0), ldone);         /* r0 = n */
		dt_cg_place(cg, lin);
		dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R1, R2));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, 1));
	} else {
		int lin = dt_cg_label(cg), lpos = dt_cg_label(cg);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGE, R2, 0, 0), lpos);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R3, 0, 0), lnone);
		dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
		dt_cg_jmp(cg, DT_JA(0), ldone);
		dt_cg_place(cg, lpos);
		dt_cg_jmp(cg, DT_JMP_REG(BPF_JSLE, R2, R1, 0), lin);
		dt_cg_emit(cg, DT_MOV64_REG(R2, R1));
		dt_cg_place(cg, lin);
		dt_cg_emit(cg, DT_MOV64_REG(R1, R2));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, 1));
	}
	/* r1 = the number of positions to try, r2 the first, r0 the last */
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSLE, R1, 0, 0), lnone);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R2, FLD(c, 1)));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R2, R1));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R2, 1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R2, FLD(c, 5)));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R3, FLD(c, 4)));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, FLD(c, 2)));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, -1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, FLD(c, 3)));
	/* up to m + 1 iterations a position, all matching but the last */
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, 1));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_MUL, R1, R3));
	dt_cg_loop_result(cg, sub, FLD(c, 3), lnone);
	dt_cg_place(cg, ldone);
}

/*
 * index(s, t [, start]), rindex(s, t [, start]), strstr(s, t) and
 * strchr(s, c), strrchr(s, c): the search, then the position (index ...)
 * or a copy of s from there (strstr ...), NULL when t is not in s.
 */
static void
dt_cg_index(dt_cg_t *cg, dt_node_t *n, int res)
{
	int fn = n->dn_ident->di_id;
	int dir = fn == DT_FN_RINDEX || fn == DT_FN_STRRCHR ? -1 : 1;
	int bychar = fn == DT_FN_STRCHR || fn == DT_FN_STRRCHR;
	dt_node_t *as = n->dn_args, *at = as->dn_list;
	dt_node_t *ast = fn == DT_FN_INDEX || fn == DT_FN_RINDEX ?
	    at->dn_list : NULL;
	int ss = dt_cg_expr(cg, as), st = dt_cg_expr(cg, at);
	int sst = ast != NULL ? dt_cg_expr(cg, ast) : -1;
	int sn = dt_cg_slot(cg), sm = dt_cg_slot(cg);
	uint32_t hb, nb;

	if (sst < 0)
		sst = dt_cg_slot(cg);
	hb = dt_cg_strget(cg, ss);
	if (bychar)     /* the NUL is a character strchr() can find */
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R0, 1));
	dt_cg_sts(cg, sn, R0);
	if (bychar) {
		nb = dt_cg_scratch(cg, 8);
		dt_cg_lds(cg, R0, st);
		dt_cg_emit(cg, DT_STX(BPF_B, R9, R0, (int16_t)nb));
		dt_cg_emit(cg, DT_ST(BPF_B, R9, (int16_t)(nb + 1), 0));
		dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	} else {
		nb = dt_cg_strget(cg, st);
	}
	dt_cg_sts(cg, sm, R0);
	if (ast != NULL) {
		dt_cg_lds(cg, R0, sst);
		dt_cg_extend(cg, R0, ast->dn_type);
	} else if (dir > 0) {
		dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	} else {
		dt_cg_lds(cg, R0, sn);
	}
	dt_cg_sts(cg, sst, R0);
	dt_cg_find(cg, hb, nb, sn, sm, sst, dir);
	if (fn == DT_FN_INDEX || fn == DT_FN_RINDEX) {
		dt_cg_sts(cg, res, R0);
		return;
	}
	int lfound = dt_cg_label(cg), ldone = dt_cg_label(cg);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGE, R0, 0, 0), lfound);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_sts(cg, res, R0);
	dt_cg_jmp(cg, DT_JA(0), ldone);
	dt_cg_place(cg, lfound);
	dt_cg_emit(cg, DT_MOV64_REG(R3, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, (int32_t)hb));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R3, R0));
	dt_cg_strdup(cg, res);
	dt_cg_place(cg, ldone);
}

/* toupper(s), tolower(s) */
static void
dt_cg_case(dt_cg_t *cg, dt_node_t *n, int res)
{
	int32_t max = (int32_t)dt_cg_strsize(cg) - 1;
	int up = n->dn_ident->di_id == DT_FN_TOUPPER;
	int ss = dt_cg_expr(cg, n->dn_args);
	uint32_t buf;
	int lskip = dt_cg_label(cg);

	int sub = dt_cg_sub_begin(cg);
	int lkeep = dt_cg_label(cg), lret = dt_cg_label(cg);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGE, R6, max, 0), lret);
	dt_cg_cbaddr(cg, R1, R6, 0);
	buf = dt_cg_scratch(cg, dt_cg_strsize(cg));
	dt_cg_emit(cg, DT_LDX(BPF_B, R2, R1, (int16_t)buf));
	dt_cg_emit(cg, DT_MOV64_REG(R3, R2));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R3, up ? 'a' : 'A'));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R3, 'z' - 'a', 0), lkeep);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_XOR, R2, 0x20));
	dt_cg_emit(cg, DT_STX(BPF_B, R1, R2, (int16_t)buf));
	dt_cg_place(cg, lkeep);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_place(cg, lret);
	dt_cg_sub_end(cg);

	dt_cg_stsaddr(cg, res, buf);
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)buf));
	dt_cg_emit(cg, DT_MOV64_IMM(R2, (int32_t)dt_cg_strsize(cg)));
	dt_cg_lds(cg, R3, ss);
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
	dt_cg_emit(cg, DT_MOV64_REG(R1, R0));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R1, 1));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSLE, R1, 0, 0), lskip);
	dt_cg_loop(cg, sub, -1);
	dt_cg_place(cg, lskip);
}

/* ntohs() ... htonll(): a byte swap, this being a little-endian machine */
static void
dt_cg_bswap(dt_cg_t *cg, dt_node_t *n, int res)
{
	int fn = n->dn_ident->di_id;
	int bits = fn == DT_FN_NTOHS || fn == DT_FN_HTONS ? 16 :
	    fn == DT_FN_NTOHL || fn == DT_FN_HTONL ? 32 : 64;
	int s = dt_cg_expr(cg, n->dn_args);

	dt_cg_lds(cg, R0, s);
	dt_cg_emit(cg, DT_INSN(BPF_ALU | BPF_END | BPF_TO_BE, R0, 0, 0, bits));
	dt_cg_sts(cg, res, R0);
}

/* fault with an illegal operation unless 2 <= r<reg> <= 36 */
static void
dt_cg_checkbase(dt_cg_t *cg, int reg)
{
	int lok = dt_cg_label(cg), lbad = dt_cg_label(cg);

	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSLT, reg, 2, 0), lbad);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSLE, reg, 36, 0), lok);
	dt_cg_place(cg, lbad);
	dt_cg_fault(cg, DT_FAULT_ILLOP, -1);
	dt_cg_place(cg, lok);
}

/* r0 = the base in slot sb (of type t), or 10 without one; checked */
static void
dt_cg_base(dt_cg_t *cg, dt_node_t *nb, int sb)
{
	if (nb == NULL) {
		dt_cg_emit(cg, DT_MOV64_IMM(R0, 10));
		return;
	}
	dt_cg_lds(cg, R0, sb);
	dt_cg_extend(cg, R0, nb->dn_type);
	dt_cg_checkbase(cg, R0);
}

/*
 * lltostr(value [, base]): digits written backwards from the end of a
 * scratch buffer, in base 2 .. 36 (an illegal operation otherwise), as
 * DTrace: negative only in base 10, "0x" before base 16 and "0" before
 * base 8 digits.
 */
static void
dt_cg_lltostr(dt_cg_t *cg, dt_node_t *n, int res)
{
	dt_node_t *av = n->dn_args, *ab = av->dn_list;
	int sv = dt_cg_expr(cg, av), sb = ab ? dt_cg_expr(cg, ab) : -1;
	uint32_t c = dt_cg_scratch(cg, 8 * 3 + 8);
	uint32_t buf = dt_cg_scratch(cg, 72);
	const int32_t end = 70;         /* the NUL */

	/* one digit per iteration: f1 value left, f2 base, f3 position */
	int sub = dt_cg_sub_begin(cg);
	int lstop = dt_cg_label(cg), lalpha = dt_cg_label(cg);
	int lput = dt_cg_label(cg);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, FLD(c, 1)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R1, 0, 0), lstop);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R2, R9, FLD(c, 2)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R2, 0, 0), lstop);
	dt_cg_emit(cg, DT_MOV64_REG(R3, R1));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_MOD, R3, R2));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_DIV, R1, R2));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, FLD(c, 1)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGE, R3, 10, 0), lalpha);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, '0'));
	dt_cg_jmp(cg, DT_JA(0), lput);
	dt_cg_place(cg, lalpha);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, 'a' - 10));
	dt_cg_place(cg, lput);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R4, R9, FLD(c, 3)));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R4, 1));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R4, end, 0), lstop);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R4, FLD(c, 3)));
	dt_cg_cbaddr(cg, R4, R4, buf);
	dt_cg_emit(cg, DT_STX(BPF_B, R4, R3, 0));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_place(cg, lstop);
	dt_cg_sub_end(cg);

	dt_cg_base(cg, ab, sb);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, FLD(c, 2)));
	dt_cg_lds(cg, R1, sv);
	dt_cg_extend(cg, R1, av->dn_type);
	/* base 10: the magnitude of a negative value */
	int lmag = dt_cg_label(cg);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 10, 0), lmag);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGE, R1, 0, 0), lmag);
	dt_cg_emit(cg, DT_NEG64(R1));
	dt_cg_place(cg, lmag);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, FLD(c, 1)));
	dt_cg_emit(cg, DT_MOV64_IMM(R1, end));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, FLD(c, 3)));
	dt_cg_emit(cg, DT_ST(BPF_B, R9, (int16_t)(buf + end), 0));
	dt_cg_emit(cg, DT_MOV64_IMM(R1, 64));
	dt_cg_loop(cg, sub, -1);

	/* the prefixes, each one character before the position (r1) */
	struct { int when; char ch; } pre[] = {
		{ 0, '0' },     /* 0 in base 16 */
		{ 1, 'x' },     /* base 16 */
		{ 2, '0' },     /* 0, base 8 or base 16 */
		{ 3, '-' },     /* negative, base 10 */
	};
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, FLD(c, 3)));
	dt_cg_clampmax(cg, R1, end);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R2, R9, FLD(c, 2)));
	dt_cg_lds(cg, R3, sv);
	dt_cg_extend(cg, R3, av->dn_type);
	for (size_t i = 0; i < sizeof(pre) / sizeof(pre[0]); i++) {
		int lno = dt_cg_label(cg), lyes = dt_cg_label(cg);
		switch (pre[i].when) {
		case 0:
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R3, 0, 0), lno);
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R2, 16, 0), lno);
			break;
		case 1:
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R2, 16, 0), lno);
			break;
		case 2:
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R3, 0, 0), lyes);
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R2, 8, 0), lyes);
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R2, 16, 0), lno);
			break;
		case 3:
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGE, R3, 0, 0), lno);
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R2, 10, 0), lno);
			break;
		}
		dt_cg_place(cg, lyes);
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R1, 1));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R1, end, 0), lno);
		dt_cg_emit(cg, DT_MOV64_REG(R4, R1));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R4, R9));
		dt_cg_emit(cg, DT_ST(BPF_B, R4, (int16_t)buf, pre[i].ch));
		dt_cg_place(cg, lno);
	}
	dt_cg_emit(cg, DT_MOV64_REG(R3, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, (int32_t)buf));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R3, R1));
	dt_cg_strdup(cg, res);
}

/*
 * strtoll(s [, base]): leading blanks, a sign, "0x" in base 16, then the
 * digits of base 2 .. 36 up to the first that is not one.
 * f1 value, f2 base, f3 state (0 blanks and sign, 1 "0x", 2 digits),
 * f4 negative, f5 characters to skip.
 */
static void
dt_cg_strtoll(dt_cg_t *cg, dt_node_t *n, int res)
{
	int32_t max = (int32_t)dt_cg_strsize(cg) - 1;
	dt_node_t *as = n->dn_args, *ab = as->dn_list;
	int ss = dt_cg_expr(cg, as), sb = ab ? dt_cg_expr(cg, ab) : -1;
	uint32_t c = dt_cg_scratch(cg, 8 * 5 + 8);
	uint32_t buf;

	buf = dt_cg_strget(cg, ss);
	dt_cg_sts(cg, res, R0);         /* the length, for now */

	int sub = dt_cg_sub_begin(cg);
	int lstop = dt_cg_label(cg), lnext = dt_cg_label(cg);
	int lnoskip = dt_cg_label(cg), lst1 = dt_cg_label(cg);
	int lst2 = dt_cg_label(cg), lsign = dt_cg_label(cg);
	int lalpha = dt_cg_label(cg), ldigit = dt_cg_label(cg);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGE, R6, max, 0), lstop);
	dt_cg_cbaddr(cg, R1, R6, buf);
	dt_cg_emit(cg, DT_LDX(BPF_B, R2, R1, 0));       /* r2 = c */
	dt_cg_emit(cg, DT_LDX(BPF_DW, R3, R9, FLD(c, 5)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R3, 0, 0), lnoskip);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R3, 1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R3, FLD(c, 5)));
	dt_cg_jmp(cg, DT_JA(0), lnext);
	dt_cg_place(cg, lnoskip);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R3, R9, FLD(c, 3)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R3, 2, 0), lst2);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R3, 1, 0), lst1);
	/* state 0 */
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R2, ' ', 0), lnext);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R2, '\t', 0), lnext);
	dt_cg_emit(cg, DT_MOV64_IMM(R3, 1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R3, FLD(c, 3)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R2, '+', 0), lnext);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R2, '-', 0), lsign);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R3, FLD(c, 4)));
	dt_cg_jmp(cg, DT_JA(0), lnext);
	dt_cg_place(cg, lsign);
	/* state 1: a "0x" before base 16 digits is skipped */
	dt_cg_place(cg, lst1);
	dt_cg_emit(cg, DT_MOV64_IMM(R3, 2));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R3, FLD(c, 3)));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R3, R9, FLD(c, 2)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R3, 16, 0), lst2);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R2, '0', 0), lst2);
	dt_cg_emit(cg, DT_LDX(BPF_B, R3, R1, 1));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_OR, R3, 0x20));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R3, 'x', 0), lst2);
	dt_cg_emit(cg, DT_MOV64_IMM(R3, 1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R3, FLD(c, 5)));
	dt_cg_jmp(cg, DT_JA(0), lnext);
	/* state 2: a digit, or the end */
	dt_cg_place(cg, lst2);
	dt_cg_emit(cg, DT_MOV64_REG(R3, R2));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R3, '0'));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JLE, R3, 9, 0), ldigit);
	dt_cg_place(cg, lalpha);
	dt_cg_emit(cg, DT_MOV64_REG(R3, R2));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_OR, R3, 0x20));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R3, 'a'));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R3, 'z' - 'a', 0), lstop);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, 10));
	dt_cg_place(cg, ldigit);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R4, R9, FLD(c, 2)));
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JGE, R3, R4, 0), lstop);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R5, R9, FLD(c, 1)));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_MUL, R5, R4));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R5, R3));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R5, FLD(c, 1)));
	dt_cg_place(cg, lnext);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_emit(cg, DT_EXIT());
	dt_cg_place(cg, lstop);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	dt_cg_sub_end(cg);

	dt_cg_base(cg, ab, sb);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, FLD(c, 2)));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	for (int f = 1; f <= 5; f++)
		if (f != 2)
			dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, FLD(c, f)));
	dt_cg_lds(cg, R1, res);
	dt_cg_loop(cg, sub, -1);
	int lpos = dt_cg_label(cg);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R9, FLD(c, 1)));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, FLD(c, 4)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R1, 0, 0), lpos);
	dt_cg_emit(cg, DT_NEG64(R0));
	dt_cg_place(cg, lpos);
	dt_cg_sts(cg, res, R0);
}

/*
 * An IPv6 address at scratch addr into scratch out, as DTrace prints it:
 * groups in hex without leading zeros, the longest run of zero groups
 * (the first of equally long ones, and not a lone zero group at the end)
 * written "::".  Two callbacks go over the 8 groups: one finds the run,
 * one writes.  f1 the current run, f2 the longest, f3 where it starts,
 * f4 the output position, f5 a group's value for bpf_snprintf().
 */
static void
dt_cg_inet6(dt_cg_t *cg, uint32_t addr, uint32_t out)
{
	uint32_t c = dt_cg_scratch(cg, 40);
	int lzero, lnext, lrun, lsep, lhex;

	/* r1 = group r6 (iteration, checked), in host order */
#define DT_GROUP(lout) do { \
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1)); \
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R6, 7, 0), lout); \
	dt_cg_emit(cg, DT_MOV64_REG(R2, R6)); \
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_LSH, R2, 1)); \
	dt_cg_cbaddr(cg, R2, R2, addr); \
	dt_cg_emit(cg, DT_LDX(BPF_H, R1, R2, 0)); \
	dt_cg_emit(cg, DT_INSN(BPF_ALU | BPF_END | BPF_TO_BE, R1, 0, 0, 16)); \
} while (0)

	int find = dt_cg_sub_begin(cg);
	int lout = dt_cg_label(cg);
	lzero = dt_cg_label(cg);
	lnext = dt_cg_label(cg);
	DT_GROUP(lout);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R3, R9, FLD(c, 1)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R1, 0, 0), lzero);
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, FLD(c, 1), 0));
	dt_cg_jmp(cg, DT_JA(0), lnext);
	dt_cg_place(cg, lzero);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, 1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R3, FLD(c, 1)));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R4, R9, FLD(c, 2)));
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JLE, R3, R4, 0), lnext);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R3, FLD(c, 2)));
	dt_cg_emit(cg, DT_MOV64_REG(R4, R6));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R4, R3));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R4, 1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R4, FLD(c, 3)));
	dt_cg_place(cg, lnext);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_place(cg, lout);
	dt_cg_sub_end(cg);

	int write = dt_cg_sub_begin(cg);
	lout = dt_cg_label(cg);
	lrun = dt_cg_label(cg);
	lsep = dt_cg_label(cg);
	lhex = dt_cg_label(cg);
	int lrunend = dt_cg_label(cg);
	DT_GROUP(lout);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, FLD(c, 5)));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R3, R9, FLD(c, 4)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R3, 40, 0), lout);
	dt_cg_cbaddr(cg, R3, R3, out);                  /* r3 = out + pos */
	/* in the run: r4 = its start, r5 = its end */
	dt_cg_emit(cg, DT_LDX(BPF_DW, R4, R9, FLD(c, 3)));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R5, R9, FLD(c, 2)));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R5, R4));
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JLT, R6, R4, 0), lsep);
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JLT, R6, R5, 0), lrun);
	dt_cg_place(cg, lsep);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R6, 0, 0), lhex);
	dt_cg_emit(cg, DT_ST(BPF_B, R3, 0, ':'));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, 1));
	dt_cg_place(cg, lhex);
	dt_cg_emit(cg, DT_MOV64_REG(R1, R3));
	dt_cg_emit(cg, DT_MOV64_IMM(R2, 5));
	dt_cg_string_lit(cg, R3, "%x", 2);
	dt_cg_emit(cg, DT_MOV64_REG(R4, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R4, FLD(c, 5)));
	dt_cg_emit(cg, DT_MOV64_IMM(R5, 8));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_snprintf));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R3, R9, FLD(c, 4)));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R3, R0));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R3, 1));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R6, 0, 0), lnext = dt_cg_label(cg));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, 1));  /* the ':' */
	dt_cg_place(cg, lnext);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R3, FLD(c, 4)));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_emit(cg, DT_EXIT());
	/* the run: one ':' where it starts, one more if it ends the address */
	dt_cg_place(cg, lrun);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JNE, R6, R4, 0), lrunend);
	dt_cg_emit(cg, DT_ST(BPF_B, R3, 0, ':'));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, FLD(c, 4)));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, 1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, FLD(c, 4)));
	dt_cg_place(cg, lrunend);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R6, 7, 0), lout);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, FLD(c, 4)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R1, 40, 0), lout);
	dt_cg_cbaddr(cg, R2, R1, out);
	dt_cg_emit(cg, DT_ST(BPF_B, R2, 0, ':'));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, 1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, FLD(c, 4)));
	dt_cg_place(cg, lout);
	dt_cg_sub_end(cg);
#undef DT_GROUP

	for (int f = 1; f <= 4; f++)
		dt_cg_emit(cg, DT_ST(BPF_DW, R9, FLD(c, f), 0));
	dt_cg_emit(cg, DT_MOV64_IMM(R1, 8));
	dt_cg_loop(cg, find, -1);
	/* a lone zero group at the end stays */
	int lkeep = dt_cg_label(cg);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, FLD(c, 2)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R1, 1, 0), lkeep);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, FLD(c, 3)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R1, 7, 0), lkeep);
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, FLD(c, 2), 0));
	dt_cg_place(cg, lkeep);
	dt_cg_emit(cg, DT_MOV64_IMM(R1, 8));
	dt_cg_loop(cg, write, -1);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, FLD(c, 4)));
	dt_cg_clampmax(cg, R1, 46);
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R1, R9));
	dt_cg_emit(cg, DT_ST(BPF_B, R1, (int16_t)out, 0));
}

/*
 * inet_ntoa(ipaddr_t *), inet_ntoa6(in6_addr_t *), inet_ntop(af, addr):
 * the address is read (a bad one faults), then formatted: IPv4 by the
 * kernel's bpf_snprintf("%pI4"), IPv6 by dt_cg_inet6().  An IPv4-mapped
 * (::ffff:a.b.c.d) or -compatible (::a.b.c.d) address is a dotted quad
 * for inet_ntoa6(), with its prefix for inet_ntop(), as in DTrace.
 */
static void
dt_cg_inet(dt_cg_t *cg, dt_node_t *n, int res)
{
	int fn = n->dn_ident->di_id;
	dt_node_t *aa = fn == DT_FN_INET_NTOP ? n->dn_args->dn_list :
	    n->dn_args;
	int sf = fn == DT_FN_INET_NTOP ? dt_cg_expr(cg, n->dn_args) : -1;
	int sa = dt_cg_expr(cg, aa);
	uint32_t ss = dt_cg_strsize(cg), osz = ss < 48 ? 48 : ss;
	uint32_t out = dt_cg_scratch(cg, osz);
	uint32_t addr = dt_cg_scratch(cg, 16), data = dt_cg_scratch(cg, 8);
	int ldone = dt_cg_label(cg);

	for (int v6 = 0; v6 <= 1; v6++) {
		int lnext = dt_cg_label(cg);
		int lv6 = dt_cg_label(cg), lquad = dt_cg_label(cg);
		const char *fmt = "%pI4";
		if ((fn == DT_FN_INET_NTOA && v6) ||
		    (fn == DT_FN_INET_NTOA6 && !v6))
			continue;
		if (sf >= 0) {
			dt_cg_lds(cg, R0, sf);
			dt_cg_extend(cg, R0, n->dn_args->dn_type);
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, v6 ? 10 : 2, 0),
			    lnext);
		}
		dt_cg_kcopy(cg, sa, addr, v6 ? 16 : 4);
		dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)addr));
		if (v6) {
			/* ::ffff:a.b.c.d, ::a.b.c.d (but not :: nor ::1) */
			int lcompat = dt_cg_label(cg);
			dt_cg_emit(cg, DT_LDX(BPF_DW, R2, R9, (int16_t)addr));
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R2, 0, 0), lv6);
			dt_cg_emit(cg, DT_LDX(BPF_W, R2, R9,
			    (int16_t)(addr + 8)));
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R2, 0, 0), lcompat);
			dt_cg_emit(cg, DT_MOV64_IMM(R3, 0));
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R3, 0x10000));
			dt_cg_emit(cg, DT_MOV32_REG(R3, R3));   /* 0xffff0000 */
			dt_cg_jmp(cg, DT_JMP_REG(BPF_JNE, R2, R3, 0), lv6);
			fmt = fn == DT_FN_INET_NTOP ? "::ffff:%pI4" : "%pI4";
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, 12));
			dt_cg_jmp(cg, DT_JA(0), lquad);
			dt_cg_place(cg, lcompat);
			dt_cg_emit(cg, DT_LDX(BPF_W, R2, R9,
			    (int16_t)(addr + 12)));
			dt_cg_emit(cg, DT_INSN(BPF_ALU | BPF_END | BPF_TO_BE,
			    R2, 0, 0, 32));
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JLE, R2, 1, 0), lv6);
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, 12));
			/* inet_ntop's "::" then the quad */
			if (fn == DT_FN_INET_NTOP) {
				dt_cg_emit(cg, DT_ST(BPF_H, R9, (int16_t)out,
				    ':' | ':' << 8));
				dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1,
				    (int16_t)data));
				dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
				dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1,
				    (int32_t)out + 2));
				dt_cg_emit(cg, DT_MOV64_IMM(R2, 16));
				dt_cg_string_lit(cg, R3, "%pI4", 4);
				dt_cg_emit(cg, DT_MOV64_REG(R4, R9));
				dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R4,
				    (int32_t)data));
				dt_cg_emit(cg, DT_MOV64_IMM(R5, 8));
				dt_cg_emit(cg, DT_CALL(BPF_FUNC_snprintf));
				dt_cg_jmp(cg, DT_JA(0), ldone);
			}
		}
		dt_cg_place(cg, lquad);
		dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, (int16_t)data));
		dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)out));
		dt_cg_emit(cg, DT_MOV64_IMM(R2, 24));
		dt_cg_string_lit(cg, R3, fmt, strlen(fmt));
		dt_cg_emit(cg, DT_MOV64_REG(R4, R9));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R4, (int32_t)data));
		dt_cg_emit(cg, DT_MOV64_IMM(R5, 8));
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_snprintf));
		dt_cg_jmp(cg, DT_JA(0), ldone);
		if (v6) {
			dt_cg_place(cg, lv6);
			dt_cg_inet6(cg, addr, out);
			dt_cg_jmp(cg, DT_JA(0), ldone);
		}
		dt_cg_place(cg, lnext);
	}
	if (sf >= 0)
		dt_cg_fault(cg, DT_FAULT_ILLOP, -1);
	dt_cg_place(cg, ldone);
	dt_cg_stsaddr(cg, res, out);
}

/*
 * r0 = the last position p <= r1 of the string at scratch buf where a
 * character is (want) or is not (!want) a '/', or -1.
 */
static void
dt_cg_rscan(dt_cg_t *cg, uint32_t buf, int want)
{
	int32_t max = (int32_t)dt_cg_strsize(cg) - 1;
	uint32_t c = dt_cg_scratch(cg, 16);    /* f1 position, f2 result */
	int lnone = dt_cg_label(cg);

	int sub = dt_cg_sub_begin(cg);
	int lstop = dt_cg_label(cg), lfound = dt_cg_label(cg);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, FLD(c, 1)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R1, max, 0), lstop);
	dt_cg_cbaddr(cg, R2, R1, buf);
	dt_cg_emit(cg, DT_LDX(BPF_B, R2, R2, 0));
	dt_cg_jmp(cg, DT_JMP_IMM(want ? BPF_JEQ : BPF_JNE, R2, '/', 0),
	    lfound);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R1, 1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, FLD(c, 1)));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_emit(cg, DT_EXIT());
	dt_cg_place(cg, lfound);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, FLD(c, 2)));
	dt_cg_place(cg, lstop);
	dt_cg_sub_end(cg);

	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSLT, R1, 0, 0), lnone);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, FLD(c, 1)));
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, FLD(c, 2), -1));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, 1));
	dt_cg_loop_result(cg, sub, FLD(c, 2), lnone);
}

/*
 * basename(s), dirname(s), as DTrace: trailing slashes do not count, ""
 * is ".", a string of slashes is "/", a name without a directory has the
 * directory ".".  Positions are kept in slots: e the end of the name, b
 * its start (after the slash before it), d the end of the directory.
 */
static void
dt_cg_basename(dt_cg_t *cg, dt_node_t *n, int res)
{
	int32_t max = (int32_t)dt_cg_strsize(cg) - 1;
	int base = n->dn_ident->di_id == DT_FN_BASENAME;
	int ss = dt_cg_expr(cg, n->dn_args), se = dt_cg_slot(cg);
	uint32_t ssz = dt_cg_strsize(cg), out = dt_cg_scratch(cg, ssz);
	int ldot = dt_cg_label(cg), lslash = dt_cg_label(cg);
	int ldone = dt_cg_label(cg), lcopy = dt_cg_label(cg);
	uint32_t buf = dt_cg_strget(cg, ss);

	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), ldot);
	dt_cg_emit(cg, DT_MOV64_REG(R1, R0));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R1, 1));
	dt_cg_rscan(cg, buf, 0);                        /* e */
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSLT, R0, 0, 0), lslash);
	dt_cg_sts(cg, se, R0);
	dt_cg_emit(cg, DT_MOV64_REG(R1, R0));
	dt_cg_rscan(cg, buf, 1);                        /* b - 1 */
	if (base) {
		/* s[b .. e] */
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R0, 1));
		dt_cg_lds(cg, R2, se);
		dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R2, R0));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2, 1));
	} else {
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSLT, R0, 0, 0), ldot);
		dt_cg_emit(cg, DT_MOV64_REG(R1, R0));
		dt_cg_rscan(cg, buf, 0);                /* d */
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSLT, R0, 0, 0), lslash);
		/* s[0 .. d] */
		dt_cg_emit(cg, DT_MOV64_REG(R2, R0));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2, 1));
		dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	}
	dt_cg_jmp(cg, DT_JA(0), lcopy);
	dt_cg_place(cg, ldot);
	dt_cg_emit(cg, DT_ST(BPF_H, R9, (int16_t)out, '.'));
	dt_cg_jmp(cg, DT_JA(0), ldone);
	dt_cg_place(cg, lslash);
	dt_cg_emit(cg, DT_ST(BPF_H, R9, (int16_t)out, '/'));
	dt_cg_jmp(cg, DT_JA(0), ldone);
	/* copy r2 characters from position r0 */
	dt_cg_place(cg, lcopy);
	dt_cg_clampmax(cg, R0, max);
	dt_cg_emit(cg, DT_MOV64_REG(R3, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, (int32_t)buf));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R3, R0));
	dt_cg_clampsize(cg, max);
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)out));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
	dt_cg_place(cg, ldone);
	dt_cg_stsaddr(cg, res, out);
}

/*
 * cleanpath(s): one pass from left to right, as DTrace's: "//" becomes
 * "/", "/./" becomes "/", and "/../" (or a final "/..") goes back to the
 * previous slash of what was written; anything else is copied.  A trailing
 * "/." stays.  f1 the input position, f2 the output position, f3 1 while
 * going back over the output.
 */
static void
dt_cg_cleanpath(dt_cg_t *cg, dt_node_t *n, int res)
{
	int32_t max = (int32_t)dt_cg_strsize(cg) - 1;
	int ss = dt_cg_expr(cg, n->dn_args);
	uint32_t c = dt_cg_scratch(cg, 24);
	uint32_t out = dt_cg_scratch(cg, (uint32_t)max + 1);
	uint32_t in = dt_cg_scratch(cg, (uint32_t)max + 8);
	int lempty = dt_cg_label(cg);

	int sub = dt_cg_sub_begin(cg);
	int lstop = dt_cg_label(cg), lnext = dt_cg_label(cg);
	int lput = dt_cg_label(cg), lputslash = dt_cg_label(cg);
	int lback = dt_cg_label(cg), lfwd = dt_cg_label(cg);
	int ldotdot = dt_cg_label(cg), lbackdone = dt_cg_label(cg);
	int lend = dt_cg_label(cg);
	/* r1 = input position, r2 = output position */
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, FLD(c, 1)));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R2, R9, FLD(c, 2)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R1, max, 0), lstop);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGE, R2, max, 0), lstop);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R3, R9, FLD(c, 3)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R3, 0, 0), lfwd);
	/* going back: one output character an iteration */
	dt_cg_place(cg, lback);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R2, 0, 0), lbackdone);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R2, 1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R2, FLD(c, 2)));
	dt_cg_cbaddr(cg, R4, R2, out);
	dt_cg_emit(cg, DT_LDX(BPF_B, R4, R4, 0));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R4, '/', 0), lbackdone);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_emit(cg, DT_EXIT());
	dt_cg_place(cg, lbackdone);
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, FLD(c, 3), 0));
	/* after a final "/..", the slash (or the first character) stays */
	dt_cg_cbaddr(cg, R4, R1, in);
	dt_cg_emit(cg, DT_LDX(BPF_B, R4, R4, 0));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R4, 0, 0), lnext);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2, 1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R2, FLD(c, 2)));
	dt_cg_jmp(cg, DT_JA(0), lstop);
	/* going forward: r3 = the character, r4 .. the ones after it */
	dt_cg_place(cg, lfwd);
	dt_cg_cbaddr(cg, R5, R1, in);
	dt_cg_emit(cg, DT_LDX(BPF_B, R3, R5, 0));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R3, 0, 0), lstop);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, 1));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R3, '/', 0), lput);
	dt_cg_emit(cg, DT_LDX(BPF_B, R4, R5, 1));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R4, '/', 0), lnext);    /* "//" */
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R4, '.', 0), lput);
	dt_cg_emit(cg, DT_LDX(BPF_B, R4, R5, 2));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R4, '.', 0), ldotdot);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R4, '/', 0), lput);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, 1));   /* "/./" */
	dt_cg_jmp(cg, DT_JA(0), lnext);
	dt_cg_place(cg, ldotdot);
	dt_cg_emit(cg, DT_LDX(BPF_B, R4, R5, 3));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R4, '/', 0), lend);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R4, 0, 0), lput);
	dt_cg_place(cg, lend);                          /* "/../", "/..$" */
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, 2));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, FLD(c, 1)));
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, FLD(c, 3), 1));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_emit(cg, DT_EXIT());
	dt_cg_place(cg, lput);
	dt_cg_jmp(cg, DT_JA(0), lputslash);
	dt_cg_place(cg, lputslash);
	dt_cg_cbaddr(cg, R4, R2, out);
	dt_cg_emit(cg, DT_STX(BPF_B, R4, R3, 0));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2, 1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R2, FLD(c, 2)));
	dt_cg_place(cg, lnext);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, FLD(c, 1)));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_emit(cg, DT_EXIT());
	dt_cg_place(cg, lstop);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	dt_cg_sub_end(cg);

	/* the input, with NULs after it for the look-ahead */
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, (int16_t)(in + (uint32_t)max), 0));
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)in));
	dt_cg_emit(cg, DT_MOV64_IMM(R2, max + 1));
	dt_cg_lds(cg, R3, ss);
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, FLD(c, 1), 0));
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, FLD(c, 2), 0));
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, FLD(c, 3), 0));
	/* "/.." alone leaves the first character: make it the slash */
	dt_cg_emit(cg, DT_ST(BPF_B, R9, (int16_t)out, '/'));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSLE, R0, 1, 0), lempty);
	/* an iteration per input character, and one per character gone
	 * back over */
	dt_cg_emit(cg, DT_MOV64_IMM(R1, 2 * max + 2));
	dt_cg_loop(cg, sub, -1);
	dt_cg_place(cg, lempty);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R2, R9, FLD(c, 2)));
	dt_cg_clampmax(cg, R2, max);
	dt_cg_cbaddr(cg, R2, R2, out);
	dt_cg_emit(cg, DT_ST(BPF_B, R2, 0, 0));
	dt_cg_stsaddr(cg, res, out);
}

/*
 * strtok(s, delims), as DTrace: s (unless NULL) becomes the string being
 * cut, kept until the probe's next firing; each call skips delimiters,
 * returns the characters up to the next one (the delimiter stays for the
 * next call), or NULL when none are left.  The delimiters are first made
 * a 256-bit set.  f1 the position, f2 0 while skipping delimiters then 1,
 * f3 where the token starts.
 */
static void
dt_cg_strtok(dt_cg_t *cg, dt_node_t *n, int res)
{
	int32_t max = (int32_t)dt_cg_strsize(cg) - 1;
	dtrace_hdl_t *dtp = cg->cg_dtp;
	uint32_t tok = dt_cg_strtok_base(dtp), tbuf = tok + 8;
	int ss = dt_cg_expr(cg, n->dn_args);
	int sd = dt_cg_expr(cg, n->dn_args->dn_list);
	uint32_t set = dt_cg_scratch(cg, 32), c = dt_cg_scratch(cg, 24);
	uint32_t out = dt_cg_scratch(cg, (uint32_t)max + 1), dl;
	int lnull = dt_cg_label(cg), ldone = dt_cg_label(cg);
	int lkeep = dt_cg_label(cg);

	cg->cg_strtok = 1;
	/* r1 = whether character r2 (a byte) is in the set; r3 clobbered */
#define DT_INSET() do { \
	dt_cg_emit(cg, DT_MOV64_REG(R3, R2)); \
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_RSH, R3, 3)); \
	dt_cg_cbaddr(cg, R3, R3, set); \
	dt_cg_emit(cg, DT_LDX(BPF_B, R1, R3, 0)); \
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_AND, R2, 7)); \
	dt_cg_emit(cg, DT_ALU64_REG(BPF_RSH, R1, R2)); \
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_AND, R1, 1)); \
} while (0)

	/* the set: a bit for each delimiter */
	int mkset = dt_cg_sub_begin(cg);
	int lstop = dt_cg_label(cg);
	dl = dt_cg_scratch(cg, (uint32_t)max + 1);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R6, max, 0), lstop);
	dt_cg_cbaddr(cg, R2, R6, dl);
	dt_cg_emit(cg, DT_LDX(BPF_B, R2, R2, 0));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R2, 0, 0), lstop);
	dt_cg_emit(cg, DT_MOV64_REG(R3, R2));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_RSH, R3, 3));
	dt_cg_cbaddr(cg, R3, R3, set);
	dt_cg_emit(cg, DT_LDX(BPF_B, R4, R3, 0));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_AND, R2, 7));
	dt_cg_emit(cg, DT_MOV64_IMM(R5, 1));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_LSH, R5, R2));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_OR, R4, R5));
	dt_cg_emit(cg, DT_STX(BPF_B, R3, R4, 0));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_place(cg, lstop);
	dt_cg_sub_end(cg);

	/* the token */
	int cut = dt_cg_sub_begin(cg);
	int lspan = dt_cg_label(cg), lgo = dt_cg_label(cg);
	lstop = dt_cg_label(cg);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R6, R9, FLD(c, 1)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R6, max, 0), lstop);
	dt_cg_cbaddr(cg, R2, R6, tbuf);
	dt_cg_emit(cg, DT_LDX(BPF_B, R2, R2, 0));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R2, 0, 0), lstop);
	DT_INSET();
	dt_cg_emit(cg, DT_LDX(BPF_DW, R4, R9, FLD(c, 2)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R4, 0, 0), lspan);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R1, 0, 0), lgo);
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, FLD(c, 2), 1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R6, FLD(c, 3)));
	dt_cg_place(cg, lspan);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R1, 0, 0), lstop);
	dt_cg_place(cg, lgo);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R6, 1));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R6, FLD(c, 1)));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_place(cg, lstop);
	dt_cg_sub_end(cg);
#undef DT_INSET

	/* a new string to cut */
	dt_cg_lds(cg, R3, ss);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R3, 0, 0), lkeep);
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)tbuf));
	dt_cg_emit(cg, DT_MOV64_IMM(R2, max + 1));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, (int16_t)tok, 0));
	dt_cg_place(cg, lkeep);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, (int16_t)tok));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSLT, R1, 0, 0), lnull);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, FLD(c, 1)));
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, FLD(c, 2), 0));
	for (int i = 0; i < 4; i++)
		dt_cg_emit(cg, DT_ST(BPF_DW, R9, (int16_t)(set + 8 * i), 0));
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)dl));
	dt_cg_emit(cg, DT_MOV64_IMM(R2, max + 1));
	dt_cg_lds(cg, R3, sd);
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
	dt_cg_emit(cg, DT_MOV64_IMM(R1, max + 1));
	dt_cg_loop(cg, mkset, -1);
	dt_cg_emit(cg, DT_MOV64_IMM(R1, max + 1));
	dt_cg_loop(cg, cut, -1);
	/* the position is kept; no token: NULL, and none after it */
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, FLD(c, 1)));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, (int16_t)tok));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R9, FLD(c, 2)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lnull);
	/* copy [start, position) */
	dt_cg_emit(cg, DT_LDX(BPF_DW, R3, R9, FLD(c, 3)));
	dt_cg_clampmax(cg, R3, max);
	dt_cg_emit(cg, DT_MOV64_REG(R2, R1));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R2, R3));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R3, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, (int32_t)tbuf));
	dt_cg_clampsize(cg, max);
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)out));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
	dt_cg_stsaddr(cg, res, out);
	dt_cg_jmp(cg, DT_JA(0), ldone);
	dt_cg_place(cg, lnull);
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, (int16_t)tok, -1));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_sts(cg, res, R0);
	dt_cg_place(cg, ldone);
}

/* the value of the string subroutine call n into slot res */
void
dt_cg_strfn(dt_cg_t *cg, dt_node_t *n, int res)
{
	dt_node_t *a = n->dn_args;

	switch (n->dn_ident->di_id) {
	case DT_FN_COPYINSTR:
		dt_cg_readstr(cg, a, a->dn_list, 1, res);
		break;
	case DT_FN_STRLEN:
		dt_cg_strlen(cg, dt_cg_expr(cg, a));
		dt_cg_sts(cg, res, R0);
		break;
	case DT_FN_STRJOIN:
		dt_cg_strjoin(cg, n, res);
		break;
	case DT_FN_SUBSTR:
		dt_cg_substr(cg, n, res);
		break;
	case DT_FN_INDEX:
	case DT_FN_RINDEX:
	case DT_FN_STRSTR:
	case DT_FN_STRCHR:
	case DT_FN_STRRCHR:
		dt_cg_index(cg, n, res);
		break;
	case DT_FN_TOUPPER:
	case DT_FN_TOLOWER:
		dt_cg_case(cg, n, res);
		break;
	case DT_FN_LLTOSTR:
		dt_cg_lltostr(cg, n, res);
		break;
	case DT_FN_STRTOLL:
		dt_cg_strtoll(cg, n, res);
		break;
	case DT_FN_INET_NTOA:
	case DT_FN_INET_NTOA6:
	case DT_FN_INET_NTOP:
		dt_cg_inet(cg, n, res);
		break;
	case DT_FN_BASENAME:
	case DT_FN_DIRNAME:
		dt_cg_basename(cg, n, res);
		break;
	case DT_FN_CLEANPATH:
		dt_cg_cleanpath(cg, n, res);
		break;
	case DT_FN_STRTOK:
		dt_cg_strtok(cg, n, res);
		break;
	default:
		dt_cg_bswap(cg, n, res);
	}
}
