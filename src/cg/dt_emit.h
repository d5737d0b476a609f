/*
 * dt_emit.h -- constructors for BPF instructions.
 *
 * Each macro builds one struct bpf_insn (DT_LD_IMM64 builds the two-slot
 * ld_imm64 and is used through dt_cg_ldimm64()).  Names follow the
 * instruction classes of the BPF ISA: ALU64/ALU32 register or immediate
 * forms, loads (LDX), stores (ST immediate, STX register), jumps, calls.
 */
#ifndef DT_EMIT_H
#define DT_EMIT_H

#include <linux/bpf.h>

#define DT_INSN(c, d, s, o, i) \
	((struct bpf_insn){ .code = (c), .dst_reg = (d), .src_reg = (s), \
	    .off = (o), .imm = (i) })

#define DT_ALU64_REG(op, d, s)  DT_INSN(BPF_ALU64 | (op) | BPF_X, d, s, 0, 0)
#define DT_ALU64_IMM(op, d, i)  DT_INSN(BPF_ALU64 | (op) | BPF_K, d, 0, 0, i)
#define DT_ALU32_REG(op, d, s)  DT_INSN(BPF_ALU | (op) | BPF_X, d, s, 0, 0)
#define DT_ALU32_IMM(op, d, i)  DT_INSN(BPF_ALU | (op) | BPF_K, d, 0, 0, i)
#define DT_MOV64_REG(d, s)      DT_ALU64_REG(BPF_MOV, d, s)
#define DT_MOV64_IMM(d, i)      DT_ALU64_IMM(BPF_MOV, d, i)
#define DT_MOV32_REG(d, s)      DT_ALU32_REG(BPF_MOV, d, s)
#define DT_NEG64(d)             DT_INSN(BPF_ALU64 | BPF_NEG, d, 0, 0, 0)

#define DT_LDX(sz, d, s, o)     DT_INSN(BPF_LDX | (sz) | BPF_MEM, d, s, o, 0)
#define DT_STX(sz, d, s, o)     DT_INSN(BPF_STX | (sz) | BPF_MEM, d, s, o, 0)
#define DT_ST(sz, d, o, i)      DT_INSN(BPF_ST | (sz) | BPF_MEM, d, 0, o, i)

#define DT_JMP_REG(op, d, s, o) DT_INSN(BPF_JMP | (op) | BPF_X, d, s, o, 0)
#define DT_JMP_IMM(op, d, i, o) DT_INSN(BPF_JMP | (op) | BPF_K, d, 0, o, i)
#define DT_JA(o)                DT_INSN(BPF_JMP | BPF_JA, 0, 0, o, 0)
#define DT_CALL(fn)             DT_INSN(BPF_JMP | BPF_CALL, 0, 0, 0, fn)
#define DT_EXIT()               DT_INSN(BPF_JMP | BPF_EXIT, 0, 0, 0, 0)

/* BPF register names */
#define R0 BPF_REG_0
#define R1 BPF_REG_1
#define R2 BPF_REG_2
#define R3 BPF_REG_3
#define R4 BPF_REG_4
#define R5 BPF_REG_5
#define R6 BPF_REG_6
#define R7 BPF_REG_7
#define R8 BPF_REG_8
#define R9 BPF_REG_9
#define FP BPF_REG_10

/* size code for a 1/2/4/8-byte access */
static inline int
dt_emit_size(unsigned n)
{
	return n == 1 ? BPF_B : n == 2 ? BPF_H : n == 4 ? BPF_W : BPF_DW;
}

#endif /* DT_EMIT_H */
