/*
 * test_dis.c -- unit tests of the BPF disassembler (src/cg/dt_dis.c).
 *
 * Standalone: builds instructions by hand, formats them with dt_dis_insn()
 * and dt_dis_insns(), and compares against the exact text the listing
 * format promises (see dt_dis.h).  Most checks compare only the instruction
 * text (column 36 on); a few pin the whole line and a whole listing, since
 * users and golden tests diff those.  Every failed check prints one line to
 * stderr; the last line on stdout is "test_dis: N passed, N failed"; the exit
 * status is 1 if anything failed.
 *
 *   gcc -std=gnu11 -Wall -Wextra -Isrc -o /tmp/td tests/unit/test_dis.c src/cg/dt_dis.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cg/dt_dis.h"

#define TEXT_COL 36 /* where the instruction text starts in a listing line */

/* Encodings newer than some <linux/bpf.h> (BPF_JCOND, BPF_MEMSX). */
#define DT_JCOND_TEST 0xe0
#define DT_MEMSX_TEST 0x80

#define I(c, d, s, o, i) \
	((struct bpf_insn){ .code = (c), .dst_reg = (d), .src_reg = (s), .off = (o), .imm = (i) })
#define NOP_HI I(0, 0, 0, 0, 0) /* a well-formed second slot of ld_imm64 */

static int npass, nfail;

static void
check(int ok, const char *what, const char *got, const char *want)
{
	if (ok) {
		npass++;
		return;
	}
	nfail++;
	if (got != NULL)
		fprintf(stderr, "FAIL %s: got \"%s\", want \"%s\"\n", what, got, want);
	else
		fprintf(stderr, "FAIL %s\n", what);
}

/* Text of insns[idx] from column 36; also checks the slot count. */
static void
expect_at(const char *what, const struct bpf_insn *insns, int n, int idx,
	  const dt_dis_ctx_t *ctx, const char *want, int want_slots)
{
	char buf[512], w[600];
	const char *text;
	int slots = dt_dis_insn(buf, sizeof(buf), insns, idx, n, ctx);

	text = strlen(buf) >= TEXT_COL ? buf + TEXT_COL : buf;
	if (strcmp(text, want) != 0 || slots != want_slots) {
		snprintf(w, sizeof(w), "%s (slots %d)", want, want_slots);
		snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf), " (slots %d)", slots);
		check(0, what, text, w);
	} else
		check(1, what, NULL, NULL);
}

/* One instruction alone in a program of n slots (targets are checked against n). */
static void
expect1(const char *what, struct bpf_insn in, const char *want)
{
	struct bpf_insn prog[64] = { in };

	expect_at(what, prog, 64, 0, NULL, want, 1);
}

static const char *
test_mapname(void *arg, int fd)
{
	(void)arg;
	switch (fd) {
	case 4: return "state";
	case 5: return "strtab";
	default: return NULL;
	}
}

static const char *
test_comment(void *arg, int idx)
{
	const char *const *c = arg;

	return c[idx];
}

static void
test_alu(void)
{
	expect1("add K", I(BPF_ALU64 | BPF_ADD | BPF_K, 1, 0, 0, 8), "add %r1, 8");
	expect1("add X", I(BPF_ALU64 | BPF_ADD | BPF_X, 1, 2, 0, 0), "add %r1, %r2");
	expect1("sub negative", I(BPF_ALU64 | BPF_SUB | BPF_K, 3, 0, 0, -16), "sub %r3, -16");
	expect1("mul", I(BPF_ALU64 | BPF_MUL | BPF_X, 4, 5, 0, 0), "mul %r4, %r5");
	expect1("div", I(BPF_ALU64 | BPF_DIV | BPF_K, 1, 0, 0, 10), "div %r1, 10");
	expect1("sdiv (off 1)", I(BPF_ALU64 | BPF_DIV | BPF_X, 1, 2, 1, 0), "sdiv %r1, %r2");
	expect1("mod", I(BPF_ALU64 | BPF_MOD | BPF_X, 1, 2, 0, 0), "mod %r1, %r2");
	expect1("smod (off 1)", I(BPF_ALU64 | BPF_MOD | BPF_K, 1, 0, 1, 3), "smod %r1, 3");
	expect1("div bad off", I(BPF_ALU64 | BPF_DIV | BPF_K, 1, 0, 2, 3), "unknown opcode 0x37");
	expect1("or", I(BPF_ALU64 | BPF_OR | BPF_K, 1, 0, 0, 255), "or %r1, 255");
	expect1("and", I(BPF_ALU64 | BPF_AND | BPF_X, 1, 9, 0, 0), "and %r1, %r9");
	expect1("lsh", I(BPF_ALU64 | BPF_LSH | BPF_K, 1, 0, 0, 32), "lsh %r1, 32");
	expect1("rsh", I(BPF_ALU64 | BPF_RSH | BPF_X, 1, 2, 0, 0), "rsh %r1, %r2");
	expect1("arsh", I(BPF_ALU64 | BPF_ARSH | BPF_K, 1, 0, 0, 7), "arsh %r1, 7");
	expect1("xor", I(BPF_ALU64 | BPF_XOR | BPF_X, 0, 0, 0, 0), "xor %r0, %r0");
	expect1("neg", I(BPF_ALU64 | BPF_NEG | BPF_K, 6, 0, 0, 0), "neg %r6");
	expect1("neg X is invalid", I(BPF_ALU64 | BPF_NEG | BPF_X, 6, 0, 0, 0),
		"unknown opcode 0x8f");
	expect1("mov K", I(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, -1), "mov %r0, -1");
	expect1("mov X fp", I(BPF_ALU64 | BPF_MOV | BPF_X, 2, 10, 0, 0), "mov %r2, %fp");
	expect1("movsxb", I(BPF_ALU64 | BPF_MOV | BPF_X, 1, 2, 8, 0), "movsxb %r1, %r2");
	expect1("movsxh", I(BPF_ALU64 | BPF_MOV | BPF_X, 1, 2, 16, 0), "movsxh %r1, %r2");
	expect1("movsxw", I(BPF_ALU64 | BPF_MOV | BPF_X, 1, 2, 32, 0), "movsxw %r1, %r2");
	expect1("movsx bad off", I(BPF_ALU64 | BPF_MOV | BPF_X, 1, 2, 4, 0),
		"unknown opcode 0xbf");
	expect1("alu op 0xe0", I(BPF_ALU64 | 0xe0 | BPF_K, 1, 0, 0, 0), "unknown opcode 0xe7");

	/* 32-bit forms */
	expect1("add32", I(BPF_ALU | BPF_ADD | BPF_K, 1, 0, 0, 1), "add32 %r1, 1");
	expect1("mov32 X", I(BPF_ALU | BPF_MOV | BPF_X, 1, 2, 0, 0), "mov32 %r1, %r2");
	expect1("neg32", I(BPF_ALU | BPF_NEG | BPF_K, 3, 0, 0, 0), "neg32 %r3");
	expect1("sdiv32", I(BPF_ALU | BPF_DIV | BPF_X, 1, 2, 1, 0), "sdiv32 %r1, %r2");
	expect1("movsxb32", I(BPF_ALU | BPF_MOV | BPF_X, 1, 2, 8, 0), "movsxb32 %r1, %r2");
	expect1("movsxw32 invalid", I(BPF_ALU | BPF_MOV | BPF_X, 1, 2, 32, 0),
		"unknown opcode 0xbc");

	/* byte swaps */
	expect1("le16", I(BPF_ALU | BPF_END | BPF_TO_LE, 1, 0, 0, 16), "le16 %r1");
	expect1("be32", I(BPF_ALU | BPF_END | BPF_TO_BE, 1, 0, 0, 32), "be32 %r1");
	expect1("be64", I(BPF_ALU | BPF_END | BPF_TO_BE, 2, 0, 0, 64), "be64 %r2");
	expect1("bswap16", I(BPF_ALU64 | BPF_END | BPF_TO_LE, 1, 0, 0, 16), "bswap16 %r1");
	expect1("bswap64", I(BPF_ALU64 | BPF_END | BPF_TO_LE, 1, 0, 0, 64), "bswap64 %r1");
	expect1("end bad width", I(BPF_ALU | BPF_END | BPF_TO_BE, 1, 0, 0, 24),
		"unknown opcode 0xdc");
	expect1("alu64 end to_be", I(BPF_ALU64 | BPF_END | BPF_TO_BE, 1, 0, 0, 16),
		"unknown opcode 0xdf");
}

static void
test_jmp(void)
{
	struct bpf_insn prog[16];
	int i;

	for (i = 0; i < 16; i++)
		prog[i] = I(BPF_JMP | BPF_EXIT, 0, 0, 0, 0);

	prog[3] = I(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 5, 0);
	expect_at("jeq K target", prog, 16, 3, NULL, "jeq %r0, 0, +5 -> 9", 1);
	prog[3] = I(BPF_JMP | BPF_JNE | BPF_X, 1, 2, -3, 0);
	expect_at("jne X backwards", prog, 16, 3, NULL, "jne %r1, %r2, -3 -> 1", 1);
	prog[3] = I(BPF_JMP | BPF_JA, 0, 0, 0, 0);
	expect_at("ja +0", prog, 16, 3, NULL, "ja +0 -> 4", 1);
	prog[3] = I(BPF_JMP | BPF_JA, 0, 0, 12, 0);
	expect_at("ja to n is out of range", prog, 16, 3, NULL, "ja +12 -> 16 (out of range)", 1);
	prog[3] = I(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, -5, 0);
	expect_at("jump before 0", prog, 16, 3, NULL, "jeq %r0, 0, -5 -> -1 (out of range)", 1);
	prog[3] = I(BPF_JMP32 | BPF_JA, 0, 0, 0, 10);
	expect_at("gotol uses imm", prog, 16, 3, NULL, "gotol +10 -> 14", 1);
	prog[3] = I(BPF_JMP | DT_JCOND_TEST, 0, 0, 2, 0);
	expect_at("may_goto", prog, 16, 3, NULL, "may_goto +2 -> 6", 1);
	prog[3] = I(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, 8);
	expect_at("bpf-to-bpf call", prog, 16, 3, NULL, "call 12", 1);
	prog[3] = I(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, -5);
	expect_at("bpf-to-bpf call out of range", prog, 16, 3, NULL,
		  "call -1 (out of range)", 1);

	expect1("jgt", I(BPF_JMP | BPF_JGT | BPF_K, 1, 0, 1, 10), "jgt %r1, 10, +1 -> 2");
	expect1("jge", I(BPF_JMP | BPF_JGE | BPF_X, 1, 2, 1, 0), "jge %r1, %r2, +1 -> 2");
	expect1("jset", I(BPF_JMP | BPF_JSET | BPF_K, 1, 0, 1, 4), "jset %r1, 4, +1 -> 2");
	expect1("jsgt negative", I(BPF_JMP | BPF_JSGT | BPF_K, 1, 0, 1, -1),
		"jsgt %r1, -1, +1 -> 2");
	expect1("jsge", I(BPF_JMP | BPF_JSGE | BPF_X, 1, 2, 1, 0), "jsge %r1, %r2, +1 -> 2");
	expect1("jlt", I(BPF_JMP | BPF_JLT | BPF_K, 1, 0, 1, 3), "jlt %r1, 3, +1 -> 2");
	expect1("jle", I(BPF_JMP | BPF_JLE | BPF_X, 1, 2, 1, 0), "jle %r1, %r2, +1 -> 2");
	expect1("jslt", I(BPF_JMP | BPF_JSLT | BPF_K, 1, 0, 1, 0), "jslt %r1, 0, +1 -> 2");
	expect1("jsle", I(BPF_JMP | BPF_JSLE | BPF_X, 1, 2, 1, 0), "jsle %r1, %r2, +1 -> 2");
	expect1("jeq32", I(BPF_JMP32 | BPF_JEQ | BPF_X, 1, 2, 1, 0), "jeq32 %r1, %r2, +1 -> 2");
	expect1("jsgt32", I(BPF_JMP32 | BPF_JSGT | BPF_K, 1, 0, 1, 5), "jsgt32 %r1, 5, +1 -> 2");
	expect1("exit", I(BPF_JMP | BPF_EXIT, 0, 0, 0, 0), "exit");
	expect1("call helper", I(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_map_lookup_elem),
		"call bpf_map_lookup_elem");
	expect1("call probe_read_kernel",
		I(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_probe_read_kernel),
		"call bpf_probe_read_kernel");
	expect1("call unknown helper", I(BPF_JMP | BPF_CALL, 0, 0, 0, 9999), "call helper#9999");
	expect1("call kfunc", I(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_KFUNC_CALL, 0, 1234),
		"call kfunc#1234");
	expect1("call bad src", I(BPF_JMP | BPF_CALL, 0, 7, 0, 1), "unknown opcode 0x85");
	expect1("exit in jmp32", I(BPF_JMP32 | BPF_EXIT, 0, 0, 0, 0), "unknown opcode 0x96");
	expect1("call in jmp32", I(BPF_JMP32 | BPF_CALL, 0, 0, 0, 1), "unknown opcode 0x86");
	expect1("jmp op 0xf0", I(BPF_JMP | 0xf0, 0, 0, 0, 0), "unknown opcode 0xf5");
}

static void
test_ld_imm64(void)
{
	const char *comments[8] = { NULL };
	dt_dis_ctx_t ctx = { test_mapname, NULL, NULL };
	dt_dis_ctx_t noname = { NULL, test_comment, comments };
	struct bpf_insn p[4];

	p[0] = I(BPF_LD | BPF_IMM | BPF_DW, 1, 0, 0, 0x2);
	p[1] = I(0, 0, 0, 0, 0x1);
	p[2] = I(BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
	expect_at("ld_imm64 constant", p, 3, 0, NULL, "lddw %r1, 0x100000002", 2);
	p[0].imm = -1;
	p[1].imm = -1;
	expect_at("ld_imm64 -1", p, 3, 0, NULL, "lddw %r1, 0xffffffffffffffff", 2);

	p[0] = I(BPF_LD | BPF_IMM | BPF_DW, 1, BPF_PSEUDO_MAP_FD, 0, 4);
	p[1] = NOP_HI;
	expect_at("map fd named", p, 3, 0, &ctx, "lddw %r1, &state", 2);
	p[0].imm = 9;
	expect_at("map fd, no name for fd", p, 3, 0, &ctx, "lddw %r1, map_fd:9", 2);
	expect_at("map fd, no mapname callback", p, 3, 0, &noname, "lddw %r1, map_fd:9", 2);
	expect_at("map fd, NULL ctx", p, 3, 0, NULL, "lddw %r1, map_fd:9", 2);

	p[0] = I(BPF_LD | BPF_IMM | BPF_DW, 2, BPF_PSEUDO_MAP_VALUE, 0, 5);
	p[1] = I(0, 0, 0, 0, 16);
	expect_at("map value named", p, 3, 0, &ctx, "lddw %r2, &strtab+16", 2);
	p[1].imm = 0;
	expect_at("map value +0", p, 3, 0, &ctx, "lddw %r2, &strtab+0", 2);
	p[0].imm = 6;
	p[1].imm = 8;
	expect_at("map value unnamed", p, 3, 0, &ctx, "lddw %r2, map_fd:6+8", 2);

	p[0] = I(BPF_LD | BPF_IMM | BPF_DW, 3, BPF_PSEUDO_MAP_IDX, 0, 2);
	p[1] = NOP_HI;
	expect_at("map idx", p, 3, 0, NULL, "lddw %r3, map_idx:2", 2);
	p[0] = I(BPF_LD | BPF_IMM | BPF_DW, 3, BPF_PSEUDO_MAP_IDX_VALUE, 0, 2);
	p[1] = I(0, 0, 0, 0, 24);
	expect_at("map idx value", p, 3, 0, NULL, "lddw %r3, map_idx:2+24", 2);
	p[0] = I(BPF_LD | BPF_IMM | BPF_DW, 3, BPF_PSEUDO_BTF_ID, 0, 77);
	p[1] = NOP_HI;
	expect_at("btf id", p, 3, 0, NULL, "lddw %r3, btf_id:77", 2);
	p[0] = I(BPF_LD | BPF_IMM | BPF_DW, 3, BPF_PSEUDO_FUNC, 0, 1);
	expect_at("pseudo func", p, 3, 0, NULL, "lddw %r3, func:2", 2);
	p[0] = I(BPF_LD | BPF_IMM | BPF_DW, 3, 9, 0, 1);
	expect_at("ld_imm64 unknown src", p, 3, 0, NULL, "unknown ld_imm64 (src 9)", 2);

	p[0] = I(BPF_LD | BPF_IMM | BPF_DW, 1, 0, 0, 7);
	p[1] = I(BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
	expect_at("ld_imm64 bad second slot", p, 3, 0, NULL,
		  "lddw %r1, 0x7 <bad second slot>", 2);

	p[0] = I(BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
	p[1] = I(BPF_LD | BPF_IMM | BPF_DW, 1, BPF_PSEUDO_MAP_FD, 0, 4);
	expect_at("ld_imm64 truncated at end", p, 2, 1, &ctx, "lddw %r1, <truncated>", 1);
	expect_at("ld_imm64 truncated, n=1", p + 1, 1, 0, NULL, "lddw %r1, <truncated>", 1);

	expect1("ld W imm is not ld_imm64", I(BPF_LD | BPF_IMM | BPF_W, 1, 0, 0, 1),
		"unknown opcode 0x00");
	expect1("ldabsw", I(BPF_LD | BPF_ABS | BPF_W, 0, 0, 0, 12), "ldabsw [12]");
	expect1("ldindh", I(BPF_LD | BPF_IND | BPF_H, 0, 7, 0, -2), "ldindh [%r7-2]");
	expect1("ldabs dw invalid", I(BPF_LD | BPF_ABS | BPF_DW, 0, 0, 0, 12),
		"unknown opcode 0x38");
}

static void
test_mem(void)
{
	expect1("ldb", I(BPF_LDX | BPF_MEM | BPF_B, 1, 2, 3, 0), "ldb %r1, [%r2+3]");
	expect1("ldh", I(BPF_LDX | BPF_MEM | BPF_H, 1, 2, 0, 0), "ldh %r1, [%r2+0]");
	expect1("ldw", I(BPF_LDX | BPF_MEM | BPF_W, 1, 10, -4, 0), "ldw %r1, [%fp-4]");
	expect1("lddw ldx", I(BPF_LDX | BPF_MEM | BPF_DW, 0, 9, 16, 0), "lddw %r0, [%r9+16]");
	expect1("ldsb", I(BPF_LDX | DT_MEMSX_TEST | BPF_B, 1, 2, 1, 0), "ldsb %r1, [%r2+1]");
	expect1("ldsh", I(BPF_LDX | DT_MEMSX_TEST | BPF_H, 1, 2, 2, 0), "ldsh %r1, [%r2+2]");
	expect1("ldsw", I(BPF_LDX | DT_MEMSX_TEST | BPF_W, 1, 2, 4, 0), "ldsw %r1, [%r2+4]");
	expect1("ldsdw invalid", I(BPF_LDX | DT_MEMSX_TEST | BPF_DW, 1, 2, 4, 0),
		"unknown opcode 0x99");
	expect1("ldx abs invalid", I(BPF_LDX | BPF_ABS | BPF_W, 1, 2, 4, 0),
		"unknown opcode 0x21");

	expect1("st b", I(BPF_ST | BPF_MEM | BPF_B, 10, 0, -1, 65), "stb [%fp-1], 65");
	expect1("st h", I(BPF_ST | BPF_MEM | BPF_H, 1, 0, 2, -2), "sth [%r1+2], -2");
	expect1("st w", I(BPF_ST | BPF_MEM | BPF_W, 1, 0, 4, 0), "stw [%r1+4], 0");
	expect1("st dw", I(BPF_ST | BPF_MEM | BPF_DW, 10, 0, -8, 0), "stdw [%fp-8], 0");
	expect1("st atomic invalid", I(BPF_ST | BPF_ATOMIC | BPF_DW, 1, 0, 0, 0),
		"unknown opcode 0xda");

	expect1("stx b", I(BPF_STX | BPF_MEM | BPF_B, 1, 2, 0, 0), "stb [%r1+0], %r2");
	expect1("stx h", I(BPF_STX | BPF_MEM | BPF_H, 1, 2, 6, 0), "sth [%r1+6], %r2");
	expect1("stx w", I(BPF_STX | BPF_MEM | BPF_W, 1, 2, 8, 0), "stw [%r1+8], %r2");
	expect1("stx dw", I(BPF_STX | BPF_MEM | BPF_DW, 10, 1, -8, 0), "stdw [%fp-8], %r1");

	expect1("atomic add64", I(BPF_STX | BPF_ATOMIC | BPF_DW, 1, 2, 8, BPF_ADD),
		"atomic_add64 [%r1+8], %r2");
	expect1("atomic fetch add32", I(BPF_STX | BPF_ATOMIC | BPF_W, 1, 2, 0, BPF_ADD | BPF_FETCH),
		"atomic_fetch_add32 [%r1+0], %r2");
	expect1("atomic or", I(BPF_STX | BPF_ATOMIC | BPF_DW, 1, 2, 0, BPF_OR),
		"atomic_or64 [%r1+0], %r2");
	expect1("atomic fetch and", I(BPF_STX | BPF_ATOMIC | BPF_DW, 1, 2, 0, BPF_AND | BPF_FETCH),
		"atomic_fetch_and64 [%r1+0], %r2");
	expect1("atomic xor32", I(BPF_STX | BPF_ATOMIC | BPF_W, 1, 2, -4, BPF_XOR),
		"atomic_xor32 [%r1-4], %r2");
	expect1("atomic xchg", I(BPF_STX | BPF_ATOMIC | BPF_DW, 1, 2, 0, BPF_XCHG),
		"atomic_xchg64 [%r1+0], %r2");
	expect1("atomic cmpxchg", I(BPF_STX | BPF_ATOMIC | BPF_W, 1, 2, 0, BPF_CMPXCHG),
		"atomic_cmpxchg32 [%r1+0], %r2");
	expect1("load acquire", I(BPF_STX | BPF_ATOMIC | BPF_B, 0, 1, 0, 0x100),
		"load_acquire8 %r0, [%r1+0]");
	expect1("store release", I(BPF_STX | BPF_ATOMIC | BPF_DW, 1, 2, 8, 0x110),
		"store_release64 [%r1+8], %r2");
	expect1("atomic bad imm", I(BPF_STX | BPF_ATOMIC | BPF_DW, 1, 2, 0, 0x42),
		"unknown opcode 0xdb");
	expect1("atomic add on byte", I(BPF_STX | BPF_ATOMIC | BPF_B, 1, 2, 0, BPF_ADD),
		"unknown opcode 0xd3");
}

static void
test_helpers(void)
{
#define DT_TEST_HELPER(x) { BPF_FUNC_##x, #x }
	static const struct {
		int id;
		const char *name;
	} hdr[] = { __BPF_FUNC_MAPPER(DT_TEST_HELPER) };
#undef DT_TEST_HELPER
	const char *s;
	size_t i;
	int bad = 0;

	s = dt_dis_helper_name(BPF_FUNC_map_lookup_elem);
	check(s != NULL && strcmp(s, "map_lookup_elem") == 0, "helper 1", s, "map_lookup_elem");
	s = dt_dis_helper_name(BPF_FUNC_probe_read_kernel);
	check(s != NULL && strcmp(s, "probe_read_kernel") == 0, "helper probe_read_kernel", s,
	      "probe_read_kernel");
	s = dt_dis_helper_name(BPF_FUNC_get_func_ip);
	check(s != NULL && strcmp(s, "get_func_ip") == 0, "helper get_func_ip", s,
	      "get_func_ip");
	s = dt_dis_helper_name(211);
	check(s != NULL && strcmp(s, "cgrp_storage_delete") == 0, "helper 211", s,
	      "cgrp_storage_delete");
	check(dt_dis_helper_name(0) == NULL, "helper 0 (unspec) is NULL", NULL, NULL);
	check(dt_dis_helper_name(-1) == NULL, "helper -1 is NULL", NULL, NULL);
	check(dt_dis_helper_name(212) == NULL, "helper 212 is NULL", NULL, NULL);
	check(dt_dis_helper_name(1 << 30) == NULL, "helper 2^30 is NULL", NULL, NULL);

	/* every helper the installed header knows has the header's name */
	for (i = 1; i < sizeof(hdr) / sizeof(hdr[0]); i++) {
		s = dt_dis_helper_name(hdr[i].id);
		if (s == NULL || strcmp(s, hdr[i].name) != 0) {
			fprintf(stderr, "helper %d: got %s, want %s\n", hdr[i].id,
				s ? s : "NULL", hdr[i].name);
			bad++;
		}
	}
	check(bad == 0 && sizeof(hdr) / sizeof(hdr[0]) > 170,
	      "helper table matches <linux/bpf.h> __BPF_FUNC_MAPPER", NULL, NULL);
}

static void
test_line_and_comments(void)
{
	const char *comments[4] = { "a == 0", NULL, "two\nlines\t!", "" };
	dt_dis_ctx_t ctx = { NULL, test_comment, comments };
	struct bpf_insn p[4] = {
		I(BPF_ALU64 | BPF_ADD | BPF_K, 1, 0, 0, 8),
		I(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1, 0),
		I(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, 0),
		I(BPF_JMP | BPF_EXIT, 0, 0, 0, 0),
	};
	char buf[256], tiny[8];
	int r;

	dt_dis_insn(buf, sizeof(buf), p, 0, 4, NULL);
	check(strcmp(buf, "0000 00000: 07 1 0 0000 00000008    add %r1, 8") == 0,
	      "whole line", buf, "0000 00000: 07 1 0 0000 00000008    add %r1, 8");
	dt_dis_insn(buf, sizeof(buf), p, 1, 4, NULL);
	check(strcmp(buf, "0001 00008: 15 0 0 0001 00000000    jeq %r0, 0, +1 -> 3") == 0,
	      "whole line, raw off", buf, "0001 00008: 15 0 0 0001 00000000    jeq %r0, 0, +1 -> 3");

	expect_at("comment", p, 4, 0, &ctx, "add %r1, 8                      ! a == 0", 1);
	expect_at("no comment for idx", p, 4, 1, &ctx, "jeq %r0, 0, +1 -> 3", 1);
	expect_at("comment control chars", p, 4, 2, &ctx,
		  "mov %r0, 0                      ! two lines !", 1);
	expect_at("empty comment", p, 4, 3, &ctx, "exit", 1);

	memset(tiny, 'x', sizeof(tiny));
	r = dt_dis_insn(tiny, sizeof(tiny), p, 0, 4, &ctx);
	check(r == 1 && strcmp(tiny, "0000 00") == 0, "truncated to buffer", tiny, "0000 00");
	tiny[0] = 'x';
	r = dt_dis_insn(tiny, 0, p, 0, 4, NULL);
	check(r == 1 && tiny[0] == 'x', "len 0 writes nothing", NULL, NULL);
	r = dt_dis_insn(NULL, 0, p, 0, 4, NULL);
	check(r == 1, "NULL buffer", NULL, NULL);
	r = dt_dis_insn(buf, sizeof(buf), p, 4, 4, NULL);
	check(r == 1 && buf[0] == '\0', "idx == n gives empty", buf, "");
	r = dt_dis_insn(buf, sizeof(buf), p, -1, 4, NULL);
	check(r == 1 && buf[0] == '\0', "idx < 0 gives empty", buf, "");
	r = dt_dis_insn(buf, sizeof(buf), NULL, 0, 4, NULL);
	check(r == 1 && buf[0] == '\0', "NULL insns gives empty", buf, "");
}

static char *
listing(const char *title, const struct bpf_insn *p, int n, const dt_dis_ctx_t *ctx)
{
	char *s = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&s, &len);

	if (f == NULL)
		return NULL;
	dt_dis_insns(f, title, p, n, ctx);
	fclose(f);
	return s;
}

static void
test_listing(void)
{
	const char *comments[9] = { "BEGIN", NULL, NULL, NULL, NULL, "x == 0" };
	dt_dis_ctx_t ctx = { test_mapname, test_comment, comments };
	struct bpf_insn p[9] = {
		I(BPF_ALU64 | BPF_MOV | BPF_X, 6, 1, 0, 0),
		I(BPF_LD | BPF_IMM | BPF_DW, 1, BPF_PSEUDO_MAP_FD, 0, 4),
		NOP_HI,
		I(BPF_ST | BPF_MEM | BPF_W, 10, 0, -4, 0),
		I(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_map_lookup_elem),
		I(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1, 0),
		I(BPF_LDX | BPF_MEM | BPF_DW, 0, 0, 16, 0),
		I(BPF_JMP | BPF_EXIT, 0, 0, 0, 0),
		I(BPF_LD | BPF_IMM | BPF_DW, 0, 0, 0, 1),
	};
	static const char want[] =
		"Disassembly of dtrace:::BEGIN:\n"
		"INS  OFF    OPCODE                  INSTRUCTION\n"
		"0000 00000: bf 6 1 0000 00000000    mov %r6, %r1                    ! BEGIN\n"
		"0001 00008: 18 1 1 0000 00000004    lddw %r1, &state\n"
		"0003 00024: 62 a 0 fffc 00000000    stw [%fp-4], 0\n"
		"0004 00032: 85 0 0 0000 00000001    call bpf_map_lookup_elem\n"
		"0005 00040: 15 0 0 0001 00000000    jeq %r0, 0, +1 -> 7             ! x == 0\n"
		"0006 00048: 79 0 0 0010 00000000    lddw %r0, [%r0+16]\n"
		"0007 00056: 95 0 0 0000 00000000    exit\n"
		"0008 00064: 18 0 0 0000 00000001    lddw %r0, <truncated>\n";
	static const char want_empty[] =
		"Disassembly:\n"
		"INS  OFF    OPCODE                  INSTRUCTION\n";
	const char *longc[1];
	char longname[2000];
	char *s;

	s = listing("dtrace:::BEGIN", p, 9, &ctx);
	check(s != NULL && strcmp(s, want) == 0, "full listing", s, want);
	free(s);

	s = listing(NULL, NULL, 0, NULL);
	check(s != NULL && strcmp(s, want_empty) == 0, "empty listing", s, want_empty);
	free(s);
	s = listing("", p, -3, NULL);
	check(s != NULL && strcmp(s, want_empty) == 0, "negative n", s, want_empty);
	free(s);

	/* a comment longer than any fixed buffer is printed whole */
	memset(longname, 'c', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = '\0';
	longc[0] = longname;
	ctx.ddc_arg = longc;
	s = listing("long", p, 1, &ctx);
	check(s != NULL && strstr(s, longname) != NULL &&
	      s[strlen(s) - 1] == '\n' && strchr(strstr(s, longname), '\n') ==
	      s + strlen(s) - 1, "long comment not truncated", NULL, NULL);
	free(s);
}

/* Every opcode with assorted fields: never crashes, always one or two slots. */
static void
test_fuzz(void)
{
	static const int offs[] = { 0, 1, 8, 16, 32, -1, 32767, -32768 };
	static const int imms[] = { 0, 1, 16, 64, 0x100, 0x110, 0xf1, -1, 0x7fffffff,
				    (int)0x80000000 };
	dt_dis_ctx_t ctx = { test_mapname, NULL, NULL };
	int code, reg, o, m, slots, bad = 0, unknown = 0;
	char buf[256];

	for (code = 0; code < 256; code++)
		for (reg = 0; reg < 16; reg++)
			for (o = 0; o < 8; o++)
				for (m = 0; m < 10; m++) {
					struct bpf_insn p[2] = {
						I(code, reg, reg ^ 5, offs[o], imms[m]),
						I(code, reg, reg, offs[o], imms[m]),
					};

					slots = dt_dis_insn(buf, sizeof(buf), p, 0, 2, &ctx);
					if (slots < 1 || slots > 2 || strlen(buf) <= TEXT_COL)
						bad++;
					slots = dt_dis_insn(buf, sizeof(buf), p, 1, 2, &ctx);
					if (slots != 1 || strlen(buf) <= TEXT_COL)
						bad++;
					if (strncmp(buf + TEXT_COL, "unknown", 7) == 0)
						unknown++;
				}
	check(bad == 0, "fuzz: every opcode formats to 1 or 2 slots", NULL, NULL);
	check(unknown > 0, "fuzz: invalid opcodes print unknown", NULL, NULL);
	expect1("opcode 0xff", I(0xff, 0, 0, 0, 0), "unknown opcode 0xff");
}

int
main(void)
{
	test_alu();
	test_jmp();
	test_ld_imm64();
	test_mem();
	test_helpers();
	test_line_and_comments();
	test_listing();
	test_fuzz();

	printf("test_dis: %d passed, %d failed\n", npass, nfail);
	return nfail != 0;
}
