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

/* r0 = strlen of the string in slot s (a map value of strsize + 1 bytes),
 * found by copying it to scratch */
static void
dt_cg_strlen(dt_cg_t *cg, int s)
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
}

/* r2 = the value in r2 clamped to 0 .. max (signed), plus 1 */
static void
dt_cg_clampsize(dt_cg_t *cg, int32_t max)
{
	int lhi = dt_cg_label(cg), lok = dt_cg_label(cg);

	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSGE, R2, 0, 0), lhi);
	dt_cg_emit(cg, DT_MOV64_IMM(R2, 0));
	dt_cg_place(cg, lhi);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JLE, R2, max, 0), lok);
	dt_cg_emit(cg, DT_MOV64_IMM(R2, max));
	dt_cg_place(cg, lok);
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
	int lok = dt_cg_label(cg);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JLE, R0, ss, 0), lok);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, ss));
	dt_cg_place(cg, lok);
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

static const int dt_cg_strfns[] = {
	DT_FN_COPYINSTR, DT_FN_STRLEN, DT_FN_STRJOIN, DT_FN_SUBSTR,
};

int
dt_cg_isstrfn(int fn)
{
	for (size_t i = 0; i < sizeof(dt_cg_strfns) / sizeof(dt_cg_strfns[0]);
	    i++)
		if (dt_cg_strfns[i] == fn)
			return 1;
	return 0;
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
	}
}
