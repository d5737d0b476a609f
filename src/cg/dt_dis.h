/*
 * dt_dis.h -- the BPF disassembler behind "dtrace -S".
 *
 * The code generator (cg/dt_cg.c) emits arrays of struct bpf_insn; this
 * module turns such an array back into a human-readable listing so that
 * users can see what will be loaded and tests can diff it.  It knows the
 * BPF instruction set and nothing about D: everything D-specific (map names,
 * the D source an instruction came from) reaches it through the optional
 * callbacks of dt_dis_ctx_t.
 *
 * Listing format (stable; golden tests and users diff it):
 *
 *   Disassembly of <title>:
 *   INS  OFF    OPCODE                  INSTRUCTION
 *   0000 00000: bf 6 1 0000 00000000    mov %r6, %r1
 *   0001 00008: 18 1 1 0000 00000004    lddw %r1, &state
 *   0003 00024: 15 0 0 0005 00000000    jeq %r0, 0, +5 -> 9             ! a == 0
 *
 *  - INS is the instruction (slot) index, OFF its byte offset (INS * 8);
 *  - OPCODE shows the raw fields in hex: code, dst_reg, src_reg, off, imm;
 *  - INSTRUCTION starts in column 36.  Registers are %r0..%r9 and %fp (r10);
 *    memory operands are [%reg+off] / [%reg-off]; immediates are signed
 *    decimal except 64-bit constants (hex).  32-bit (ALU32 / JMP32) forms carry
 *    a "32" suffix (add32, jeq32).  Jumps print the relative offset and the
 *    absolute target ("+5 -> 9"), a target outside [0, n) gets " (out of
 *    range)".  Helper calls print "call bpf_<name>", bpf-to-bpf calls the
 *    absolute target index ("call 3"), kfunc calls "call kfunc#<btf id>";
 *  - ld_imm64 prints "lddw %r1, 0x..." for a constant, "&name" for a map
 *    (BPF_PSEUDO_MAP_FD; "map_fd:N" when ddc_mapname has no name), "&name+off"
 *    for a map value (BPF_PSEUDO_MAP_VALUE; "map_fd:N+off"), and "map_idx:N",
 *    "map_idx:N+off", "btf_id:N", "func:<index>" for the other pseudo forms;
 *  - other mnemonics: ldb/ldh/ldw/lddw and ldsb/ldsh/ldsw (sign-extending)
 *    "%r0, [%r9+16]"; stb/sth/stw/stdw "[%fp-8], %r1" or "[%fp-8], 0";
 *    sdiv/smod (off 1), movsxb/movsxh/movsxw (mov with off 8/16/32), le16,
 *    be32, bswap64, ja, gotol, may_goto, atomic_[fetch_]add64 (also or, and,
 *    xor), atomic_xchg64, atomic_cmpxchg32, load_acquire64, store_release64,
 *    ldabsw "[12]", ldindw "[%r7+4]";
 *  - a two-slot ld_imm64 is printed once, and the next line is numbered two
 *    slots on; a ld_imm64 that is cut off by the end of the array prints
 *    "<truncated>" and counts one slot;
 *  - anything that is not a valid instruction prints "unknown opcode 0xNN"
 *    (never a crash, never a read outside [0, n));
 *  - if ddc_comment returns a non-empty string, the text is padded to 30
 *    columns and "  ! <comment>" follows; control characters in comments and
 *    names are printed as spaces, so one instruction is always one line.
 *
 * There is no global state: everything is a pure function of the arguments
 * (and of what the callbacks return).  Output goes only to the FILE given.
 * The callbacks must be pure too: they may be called more than once for the
 * same fd or index (dt_dis_insns() formats a line twice when it is longer
 * than its stack buffer).  The strings they return are copied at once; they
 * need not outlive the formatting of that line.
 */
#ifndef DT_DIS_H
#define DT_DIS_H

#include <stddef.h>
#include <stdio.h>
#include <linux/bpf.h> /* struct bpf_insn, opcodes */

/* Resolves names for the disassembly: map fds to map names, and comments for
 * instructions (e.g. the D source the code generator attached). All optional. */
typedef struct dt_dis_ctx {
	const char *(*ddc_mapname)(void *arg, int fd);       /* NULL ok */
	const char *(*ddc_comment)(void *arg, int insn_idx);  /* NULL ok */
	void *ddc_arg;
} dt_dis_ctx_t;

/* Print a listing of n instructions: a header line, then one line per instruction
 * (two-slot ld_imm64 printed once and the second slot skipped but counted). */
void dt_dis_insns(FILE *out, const char *title, const struct bpf_insn *insns, int n,
		  const dt_dis_ctx_t *ctx);

/* Format one instruction into buf (without newline); returns the number of slots it
 * occupies (1 or 2).  The text is exactly the listing line of dt_dis_insns (index,
 * offset, raw fields, instruction, comment); it is truncated (but always
 * NUL-terminated when len > 0) if buf is too small.  An idx outside [0, n) yields
 * "" and 1. */
int dt_dis_insn(char *buf, size_t len, const struct bpf_insn *insns, int idx, int n,
		const dt_dis_ctx_t *ctx);

/* "map_lookup_elem", "probe_read_kernel", ... or NULL (unknown id, or 0 "unspec") */
const char *dt_dis_helper_name(int helper_id);

#endif /* DT_DIS_H */
