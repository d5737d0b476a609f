/*
 * dt_cg_subr.c -- code generation for D's memory and process subroutines:
 * alloca(), copyin(), copyinto(), bcopy(), rand(), progenyof(), and the
 * destructive ones, copyout() and copyoutstr(); and for the destructive
 * actions that act in the probe and record nothing: stop(), raise(),
 * chill().
 *
 * Memory from alloca() and copyin() is this CPU's scratch space, which
 * lasts until the end of the clause.  A size known at compile time gets
 * exactly that much (up to 16 KiB); one known only at run time (or larger)
 * gets DT_SCRATCH_CHUNK bytes, and a larger size is DTrace's "out of
 * scratch space" fault.
 */
#include <signal.h>
#include "dt_cg_impl.h"
#include "../sema/dt_sema.h"
#include "../sema/dt_btf.h"

#define DT_SCRATCH_CHUNK 1024

/* scratch for a size of type t in slot s (or the constant n): r2 = the size,
 * checked; returns the offset */
static uint32_t
dt_cg_alloc(dt_cg_t *cg, dt_node_t *n, int s)
{
	int lok = dt_cg_label(cg);
	uint32_t max = DT_SCRATCH_CHUNK, off;

	if ((n->dn_flags & DT_NF_CONST) && n->dn_value <= 16384)
		max = (uint32_t)n->dn_value;
	/* scratch is reached by 16-bit offsets from r9: what does not fit,
	 * with room left for some strings, is out of scratch space */
	if (cg->cg_scratch + max + 8 * dt_cg_strsize(cg) > INT16_MAX) {
		dt_cg_fault(cg, DT_FAULT_NOSCRATCH, -1);
		return cg->cg_scratch;  /* not reached (dt_cg_prune) */
	}
	off = dt_cg_scratch(cg, max);
	cg->cg_pinned = cg->cg_scratch;
	dt_cg_lds(cg, R2, s);
	dt_cg_extend(cg, R2, n->dn_type);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JLE, R2, (int32_t)max, 0), lok);
	dt_cg_fault(cg, DT_FAULT_NOSCRATCH, -1);
	dt_cg_place(cg, lok);
	return off;
}

/* copy r2 (bounded) bytes from the user (or kernel) address in slot sa to
 * r1; a bad address faults */
static void
dt_cg_copy(dt_cg_t *cg, int sa, int user)
{
	int lok = dt_cg_label(cg);

	dt_cg_lds(cg, R3, sa);
	dt_cg_emit(cg, DT_CALL(user ? BPF_FUNC_probe_read_user :
	    BPF_FUNC_probe_read_kernel));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lok);
	dt_cg_lds(cg, R1, sa);
	dt_cg_fault(cg, DT_FAULT_BADADDR, R1);
	dt_cg_place(cg, lok);
}

/*
 * r1 = the destination in slot sd as an address in scratch space handed
 * out by alloca() or copyin() in this clause, for r2 bytes (bounded by the caller), or a
 * fault: bcopy() and copyinto() write only there.  The address is turned
 * into a number through memory, the verifier's way of forgetting that it
 * was a pointer, then into an offset from r9 that it can bound.
 */
static void
dt_cg_scratchdst(dt_cg_t *cg, int sd)
{
	uint32_t t = dt_cg_scratch(cg, 16);
	uint32_t lo = cg->cg_scratch_base, hi = cg->cg_pinned;
	int lbad = dt_cg_label(cg), lok = dt_cg_label(cg);

	dt_cg_lds(cg, R1, sd);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, (int16_t)t));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R9, (int16_t)(t + 8)));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, (int16_t)t));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R9, (int16_t)(t + 8)));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R1, R0));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JLT, R1, (int32_t)lo, 0), lbad);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R1, (int32_t)hi, 0), lbad);
	dt_cg_emit(cg, DT_MOV64_REG(R0, R1));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R0, R2));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JLE, R0, (int32_t)hi, 0), lok);
	dt_cg_place(cg, lbad);
	dt_cg_lds(cg, R1, sd);
	dt_cg_fault(cg, DT_FAULT_BADADDR, R1);
	dt_cg_place(cg, lok);
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R1, R9));
	/* the verifier sees offset + size <= 2 * hi: make that fit */
	if (2 * hi > cg->cg_need)
		cg->cg_need = 2 * hi;
}

/* r2 = the size in slot s (type of n), at most what scratch holds */
static void
dt_cg_dstsize(dt_cg_t *cg, dt_node_t *n, int s)
{
	int lok = dt_cg_label(cg);

	dt_cg_lds(cg, R2, s);
	dt_cg_extend(cg, R2, n->dn_type);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JLE, R2, (int32_t)cg->cg_pinned, 0),
	    lok);
	dt_cg_fault(cg, DT_FAULT_NOSCRATCH, -1);
	dt_cg_place(cg, lok);
}

/*
 * progenyof(pid): 1 if the current process or one of its ancestors has
 * that process ID.  The callback climbs one parent an iteration: f1 the
 * task, f2 the pid, f3 the result.
 */
static void
dt_cg_progenyof(dt_cg_t *cg, dt_node_t *n, int res)
{
	dtrace_hdl_t *dtp = cg->cg_dtp;
	int sp = dt_cg_expr(cg, n->dn_args);
	uint32_t c = dt_cg_scratch(cg, 32);

	int sub = dt_cg_sub_begin(cg);
	int lstop = dt_cg_label(cg), lyes = dt_cg_label(cg);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R6, R9, (int16_t)c));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R6, 0, 0), lstop);
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, (int16_t)(c + 24), 0));
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)(c + 24)));
	dt_cg_emit(cg, DT_MOV64_IMM(R2, 4));
	dt_cg_emit(cg, DT_MOV64_REG(R3, R6));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, (int32_t)dtp->dt_off_tgid));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
	dt_cg_emit(cg, DT_LDX(BPF_W, R1, R9, (int16_t)(c + 24)));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R2, R9, (int16_t)(c + 8)));
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JEQ, R1, R2, 0), lyes);
	/* the parent; the first process is its own (swapper's) parent */
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)c));
	dt_cg_emit(cg, DT_MOV64_IMM(R2, 8));
	dt_cg_emit(cg, DT_MOV64_REG(R3, R6));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3,
	    (int32_t)dtp->dt_off_real_parent));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
	dt_cg_emit(cg, DT_MOV64_REG(R1, R0));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R1, 0, 0), lstop);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, (int16_t)c));
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JEQ, R1, R6, 0), lstop);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_emit(cg, DT_EXIT());
	dt_cg_place(cg, lyes);
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, (int16_t)(c + 16), 1));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	dt_cg_place(cg, lstop);
	dt_cg_sub_end(cg);

	dt_cg_emit(cg, DT_CALL(BPF_FUNC_get_current_task));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, (int16_t)c));
	dt_cg_lds(cg, R0, sp);
	dt_cg_extend(cg, R0, n->dn_args->dn_type);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, (int16_t)(c + 8)));
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, (int16_t)(c + 16), 0));
	dt_cg_emit(cg, DT_MOV64_IMM(R1, 4096));
	dt_cg_loop(cg, sub, -1);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R9, (int16_t)(c + 16)));
	dt_cg_sts(cg, res, R0);
}

/*
 * d_path(struct path *), and __d_path(mnt, dentry, dir) for the D
 * library's fileinfo_t (dir 1: the directory's path, fi_dirname, as
 * dirname() of the path): a file's path name as the kernel's d_path()
 * makes it, " (deleted)" included, which programs run from tracepoints
 * may not call.  A callback climbs one step
 * an iteration: to the dentry's parent, or at the root of a mount to where
 * it is mounted, until the process's root (or the root of all mounts).
 * It walks twice: first to measure the path, then to put each name at its
 * place counted from the start, so that a path longer than strsize is cut
 * as any string is.  A file that no path reaches (a pipe, a socket, a file
 * of an unmounted tree) is "<unknown>", as DTrace's fi_pathname.
 *
 * Fields at c: the dentry, its vfsmount, the root's dentry and vfsmount,
 * the length (pass 0) or what is written of it (pass 1), the pass, the
 * dentry's parent, a word read, a name's length and address, whether the
 * walk failed, the file's vfsmount and dentry, whether the next name is
 * left out (the file's own, for dir), and whether the file is deleted.
 */
#define DT_DPATH_MAXSTEPS 4096    /* directories and mounts climbed */

enum { DP_D, DP_VM, DP_RD, DP_RM, DP_TOT, DP_POS, DP_PASS, DP_PAR, DP_T,
    DP_LEN, DP_NAME, DP_BAD, DP_D0, DP_VM0, DP_SKIP, DP_DEL, DP_NFLD };
#define DP(c, f) ((int16_t)((c) + 8 * (f)))

/* field f = the size-byte kernel value at [src + off], 0 if unreadable */
static void
dt_cg_dpread(dt_cg_t *cg, uint32_t c, int f, int src, long off, int size)
{
	if (size < 8)
		dt_cg_emit(cg, DT_ST(BPF_DW, R9, DP(c, f), 0));
	dt_cg_emit(cg, DT_MOV64_REG(R3, src));
	if (off != 0)
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, (int32_t)off));
	dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, DP(c, f)));
	dt_cg_emit(cg, DT_MOV64_IMM(R2, size));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
}

/* the kernel members the walk reads, by BTF */
enum { DO_MNT, DO_DENT, DO_MROOT, DO_PAR, DO_LEN, DO_NAME, DO_MMNT, DO_MPAR,
    DO_MMP, DO_FS, DO_ROOT, DO_HASH, DO_N };
static const char *const dt_cg_dpmembers[DO_N][2] = {
	{ "path", "mnt" }, { "path", "dentry" }, { "vfsmount", "mnt_root" },
	{ "dentry", "d_parent" }, { "dentry", "d_name.len" },
	{ "dentry", "d_name.name" }, { "mount", "mnt" },
	{ "mount", "mnt_parent" }, { "mount", "mnt_mountpoint" },
	{ "task_struct", "fs" }, { "fs_struct", "root" },
	{ "dentry", "d_hash.pprev" },
};

static void
dt_cg_dpath(dt_cg_t *cg, dt_node_t *n, int res)
{
	long o[DO_N];
	int32_t max = (int32_t)dt_cg_strsize(cg) - 1;      /* strsize */
	uint32_t c = dt_cg_scratch(cg, 8 * DP_NFLD);
	uint32_t out = dt_cg_scratch(cg, 2 * (uint32_t)(max + 1));
	int lstop, lnext, lmount, lbad, lname, lskip;
	int dir = n->dn_args->dn_list != NULL &&
	    n->dn_args->dn_list->dn_list->dn_value != 0;

	for (int i = 0; i < DO_N; i++) {
		o[i] = dt_btf_offsetof(cg->cg_dtp, dt_cg_dpmembers[i][0],
		    dt_cg_dpmembers[i][1]);
		if (o[i] < 0) {
			dt_cg_error(cg, D_UNKNOWN, "kernel BTF lacks struct "
			    "%s's member %s, which %s( ) needs",
			    dt_cg_dpmembers[i][0], dt_cg_dpmembers[i][1],
			    n->dn_name);
			return;
		}
	}
	long o_mnt = o[DO_MNT], o_dent = o[DO_DENT], o_mroot = o[DO_MROOT];
	long o_par = o[DO_PAR], o_len = o[DO_LEN], o_name = o[DO_NAME];
	long o_mmnt = o[DO_MMNT], o_mpar = o[DO_MPAR], o_mmp = o[DO_MMP];
	long o_fs = o[DO_FS], o_root = o[DO_ROOT], o_hash = o[DO_HASH];

	int sub = dt_cg_sub_begin(cg);
	lstop = dt_cg_label(cg);
	lnext = dt_cg_label(cg);
	lmount = dt_cg_label(cg);
	lbad = dt_cg_label(cg);
	lname = dt_cg_label(cg);
	lskip = dt_cg_label(cg);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R7, R9, DP(c, DP_D)));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R8, R9, DP(c, DP_VM)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R7, 0, 0), lbad);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DP(c, DP_RD)));
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JNE, R7, R1, 0), lname);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DP(c, DP_RM)));
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JEQ, R8, R1, 0), lstop);
	dt_cg_place(cg, lname);
	dt_cg_dpread(cg, c, DP_T, R8, o_mroot, 8);
	dt_cg_dpread(cg, c, DP_PAR, R7, o_par, 8);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DP(c, DP_T)));
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JEQ, R7, R1, 0), lmount);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DP(c, DP_PAR)));
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JEQ, R7, R1, 0), lbad);  /* cut off */
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R1, 0, 0), lbad);
	/* a name: "/" and d_name, before what is already there */
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, DP(c, DP_D)));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DP(c, DP_SKIP)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R1, 0, 0), lskip);
	dt_cg_dpread(cg, c, DP_LEN, R7, o_len, 4);
	dt_cg_dpread(cg, c, DP_NAME, R7, o_name, 8);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R7, R9, DP(c, DP_LEN)));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R7, 1));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DP(c, DP_PASS)));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R1, 0, 0), lnext);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DP(c, DP_TOT)));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R1, R7));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, DP(c, DP_TOT)));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_emit(cg, DT_EXIT());
	/* pass 1: the "/" at tot - pos, then the part of the name before
	 * the cut */
	dt_cg_place(cg, lnext);
	{
		int ldone = dt_cg_label(cg), lshort = dt_cg_label(cg);
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DP(c, DP_POS)));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R1, R7));
		dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, DP(c, DP_POS)));
		dt_cg_emit(cg, DT_LDX(BPF_DW, R7, R9, DP(c, DP_TOT)));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R7, R1));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGE, R7, max, 0), ldone);
		dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R1, R7));
		dt_cg_emit(cg, DT_ST(BPF_B, R1, (int16_t)out, '/'));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R7, 1));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGE, R7, max, 0), ldone);
		/* r2 = min(len, strsize - r7) */
		dt_cg_emit(cg, DT_MOV64_IMM(R2, max));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R2, R7));
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DP(c, DP_LEN)));
		dt_cg_jmp(cg, DT_JMP_REG(BPF_JGE, R1, R2, 0), lshort);
		dt_cg_emit(cg, DT_MOV64_REG(R2, R1));
		dt_cg_place(cg, lshort);
		dt_cg_clampmax(cg, R2, max);
		dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)out));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R1, R7));
		dt_cg_emit(cg, DT_LDX(BPF_DW, R3, R9, DP(c, DP_NAME)));
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
		dt_cg_place(cg, ldone);
		dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
		dt_cg_emit(cg, DT_EXIT());
	}
	/* the root of a mount: on to where it is mounted, unless it is the
	 * root of all (its own parent) */
	dt_cg_place(cg, lmount);
	dt_cg_emit(cg, DT_MOV64_REG(R7, R8));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_SUB, R7, (int32_t)o_mmnt));
	dt_cg_dpread(cg, c, DP_T, R7, o_mpar, 8);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DP(c, DP_T)));
	dt_cg_jmp(cg, DT_JMP_REG(BPF_JEQ, R1, R7, 0), lstop);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R1, 0, 0), lstop);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)o_mmnt));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, DP(c, DP_VM)));
	dt_cg_dpread(cg, c, DP_D, R7, o_mmp, 8);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_emit(cg, DT_EXIT());
	dt_cg_place(cg, lskip);
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, DP(c, DP_SKIP), 0));
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_emit(cg, DT_EXIT());
	dt_cg_place(cg, lbad);
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, DP(c, DP_BAD), 1));
	dt_cg_place(cg, lstop);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	dt_cg_sub_end(cg);

	/* the file's vfsmount and dentry */
	dt_node_t *a = n->dn_args;
	int s0 = dt_cg_expr(cg, a);
	if (a->dn_list != NULL) {
		int s1 = dt_cg_expr(cg, a->dn_list);
		dt_cg_lds(cg, R0, s0);
		dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, DP(c, DP_VM0)));
		dt_cg_lds(cg, R0, s1);
		dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, DP(c, DP_D0)));
	} else {
		int lok = dt_cg_label(cg);
		dt_cg_lds(cg, R6, s0);
		dt_cg_dpread(cg, c, DP_VM0, R6, o_mnt, 8);
		dt_cg_emit(cg, DT_MOV64_REG(R7, R0));
		dt_cg_dpread(cg, c, DP_D0, R6, o_dent, 8);
		dt_cg_emit(cg, DT_ALU64_REG(BPF_OR, R0, R7));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lok);
		dt_cg_fault(cg, DT_FAULT_BADADDR, R6);
		dt_cg_place(cg, lok);
	}
	/* the process's root */
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_get_current_task));
	dt_cg_emit(cg, DT_MOV64_REG(R6, R0));
	dt_cg_dpread(cg, c, DP_T, R6, o_fs, 8);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R6, R9, DP(c, DP_T)));
	dt_cg_dpread(cg, c, DP_RM, R6, o_root + o_mnt, 8);
	dt_cg_dpread(cg, c, DP_RD, R6, o_root + o_dent, 8);
	for (int f = DP_TOT; f <= DP_PASS; f++)
		dt_cg_emit(cg, DT_ST(BPF_DW, R9, DP(c, f), 0));
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, DP(c, DP_BAD), 0));
	/* deleted, as d_unlinked(): unhashed, and not a root */
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, DP(c, DP_DEL), 0));
	if (!dir) {
		int llive = dt_cg_label(cg);
		dt_cg_emit(cg, DT_LDX(BPF_DW, R6, R9, DP(c, DP_D0)));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R6, 0, 0), llive);
		dt_cg_dpread(cg, c, DP_T, R6, o_hash, 8);
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DP(c, DP_T)));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R1, 0, 0), llive);
		dt_cg_dpread(cg, c, DP_T, R6, o_par, 8);
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DP(c, DP_T)));
		dt_cg_jmp(cg, DT_JMP_REG(BPF_JEQ, R1, R6, 0), llive);
		dt_cg_emit(cg, DT_ST(BPF_DW, R9, DP(c, DP_DEL), 1));
		dt_cg_place(cg, llive);
	}
	int lend = dt_cg_label(cg);
	for (int pass = 0; pass < 2; pass++) {
		dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R9, DP(c, DP_D0)));
		dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, DP(c, DP_D)));
		dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R9, DP(c, DP_VM0)));
		dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, DP(c, DP_VM)));
		dt_cg_emit(cg, DT_ST(BPF_DW, R9, DP(c, DP_PASS), pass));
		dt_cg_emit(cg, DT_ST(BPF_DW, R9, DP(c, DP_SKIP), dir));
		dt_cg_emit(cg, DT_MOV64_IMM(R1, DT_DPATH_MAXSTEPS));
		dt_cg_loop(cg, sub, -1);
		if (pass == 0) {
			int lgo = dt_cg_label(cg);
			dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R9, DP(c, DP_BAD)));
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lgo);
			dt_cg_string_lit(cg, R0, "<unknown>", 9);
			dt_cg_sts(cg, res, R0);
			dt_cg_jmp(cg, DT_JA(0), lend);
			dt_cg_place(cg, lgo);
			/* "/" for the root itself, as d_path() */
			dt_cg_emit(cg, DT_ST(BPF_B, R9, (int16_t)out, '/'));
			dt_cg_emit(cg, DT_ST(BPF_B, R9, (int16_t)(out + 1), 0));
			dt_cg_stsaddr(cg, res, out);
			dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R9, DP(c, DP_TOT)));
			dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lend);
		}
	}
	if (!dir) {
		/* " (deleted)" after the path, what of it is before the
		 * cut */
		int lno = dt_cg_label(cg);
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DP(c, DP_DEL)));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R1, 0, 0), lno);
		dt_cg_emit(cg, DT_LDX(BPF_DW, R6, R9, DP(c, DP_TOT)));
		dt_cg_emit(cg, DT_MOV64_REG(R1, R6));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, 10));
		dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, DP(c, DP_TOT)));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGE, R6, max, 0), lno);
		dt_cg_emit(cg, DT_MOV64_IMM(R2, max));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R2, R6));
		dt_cg_clampmax(cg, R2, 10);
		dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)out));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R1, R6));
		dt_cg_string_lit(cg, R3, " (deleted)", 10);
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
		dt_cg_place(cg, lno);
	}
	/* the end of the path, or the cut */
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DP(c, DP_TOT)));
	dt_cg_clampmax(cg, R1, max);
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R1, R9));
	dt_cg_emit(cg, DT_ST(BPF_B, R1, (int16_t)out, 0));
	dt_cg_place(cg, lend);
}

/*
 * copyout(buf, addr, nbytes): nbytes of scratch memory at buf (alloca(),
 * copyin()) to the user address addr of the current process;
 * copyoutstr(str, addr, maxlen): the string and its NUL, at most maxlen
 * bytes, likewise.  As DTrace, an address that cannot be written is an
 * invalid address fault.  bpf_probe_write_user() refuses a size that may
 * be 0, so nothing to write is skipped.
 */
static void
dt_cg_copyout(dt_cg_t *cg, dt_node_t *n)
{
	dt_node_t *a = n->dn_args;
	int str = n->dn_ident->di_id == DT_FN_COPYOUTSTR;
	int s0 = dt_cg_expr(cg, a);
	int s1 = dt_cg_expr(cg, a->dn_list);
	int s2 = dt_cg_expr(cg, a->dn_list->dn_list);
	int lnone = dt_cg_label(cg), lok = dt_cg_label(cg);

	cg->cg_dtp->dt_destructive = cg->cg_dtp->dt_write_user = 1;
	if (str) {
		uint32_t ss = dt_cg_strsize(cg), off = dt_cg_strget(cg, s0);
		int lmin = dt_cg_label(cg);
		/* r2 = the string's length and NUL (a string that cannot be
		 * read is ""), but no more than maxlen */
		dt_cg_emit(cg, DT_MOV64_REG(R2, R0));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2, 1));
		dt_cg_lds(cg, R3, s2);
		dt_cg_extend(cg, R3, a->dn_list->dn_list->dn_type);
		dt_cg_jmp(cg, DT_JMP_REG(BPF_JLE, R2, R3, 0), lmin);
		dt_cg_emit(cg, DT_MOV64_REG(R2, R3));
		dt_cg_place(cg, lmin);
		dt_cg_clampmax(cg, R2, (int32_t)ss);
		dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)off));
	} else {
		dt_cg_dstsize(cg, a->dn_list->dn_list, s2);
		dt_cg_scratchdst(cg, s0);      /* only scratch is readable */
	}
	/* r1 = the source, r2 = its size */
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R2, 0, 0), lnone);
	dt_cg_emit(cg, DT_MOV64_REG(R3, R2));
	dt_cg_emit(cg, DT_MOV64_REG(R2, R1));
	dt_cg_lds(cg, R1, s1);
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_write_user));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0), lok);
	dt_cg_lds(cg, R1, s1);
	dt_cg_fault(cg, DT_FAULT_BADADDR, R1);
	dt_cg_place(cg, lnone);
	dt_cg_place(cg, lok);
}

/*
 * chill(ns): spin in the probe for ns nanoseconds.  As DTrace, each CPU
 * may chill for at most DT_CHILL_MAX in every DT_CHILL_INTERVAL (the
 * interval starts at the first chill() after the last one ended); asking
 * for more, or for a negative time, is an illegal operation fault.  The
 * spin is a bpf_loop() whose callback reads the clock several times per
 * call, so that bpf_loop()'s limit on calls outlasts DT_CHILL_MAX.
 */
#define DT_CHILL_MAX      500000000   /* ns: DTrace's dtrace_chill_max */
#define DT_CHILL_INTERVAL 1000000000  /* ns: dtrace_chill_interval */
#define DT_CHILL_READS    8           /* clock reads per callback */

static void
dt_cg_chill(dt_cg_t *cg, dt_node_t *n)
{
	int s = dt_cg_expr(cg, n->dn_args);
	uint32_t c = dt_cg_scratch(cg, 16);      /* start, ns */
	int lkeep = dt_cg_label(cg), lbad = dt_cg_label(cg);
	int lok = dt_cg_label(cg);

	dt_cg_emit(cg, DT_CALL(BPF_FUNC_ktime_get_ns));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, (int16_t)c));
	/* a new interval: nothing chilled in it yet */
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DT_MST_CHILLMARK));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R0, R1));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JLE, R0, DT_CHILL_INTERVAL, 0), lkeep);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R0, R9, (int16_t)c));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R0, DT_MST_CHILLMARK));
	dt_cg_emit(cg, DT_ST(BPF_DW, R9, DT_MST_CHILLED, 0));
	dt_cg_place(cg, lkeep);
	/* chilled + ns must stay within the maximum */
	dt_cg_lds(cg, R2, s);
	dt_cg_extend(cg, R2, n->dn_args->dn_type);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JSLT, R2, 0, 0), lbad);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JGT, R2, DT_CHILL_MAX, 0), lbad);
	dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, DT_MST_CHILLED));
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R1, R2));
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JLE, R1, DT_CHILL_MAX, 0), lok);
	dt_cg_place(cg, lbad);
	dt_cg_fault(cg, DT_FAULT_ILLOP, -1);
	dt_cg_place(cg, lok);
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R1, DT_MST_CHILLED));
	dt_cg_emit(cg, DT_STX(BPF_DW, R9, R2, (int16_t)(c + 8)));

	int sub = dt_cg_sub_begin(cg);
	int ldone = dt_cg_label(cg);
	for (int i = 0; i < DT_CHILL_READS; i++) {
		/* now - start >= ns: done */
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_ktime_get_ns));
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, (int16_t)c));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_SUB, R0, R1));
		dt_cg_emit(cg, DT_LDX(BPF_DW, R1, R9, (int16_t)(c + 8)));
		dt_cg_jmp(cg, DT_JMP_REG(BPF_JGE, R0, R1, 0), ldone);
	}
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 0));
	dt_cg_emit(cg, DT_EXIT());
	dt_cg_place(cg, ldone);
	dt_cg_emit(cg, DT_MOV64_IMM(R0, 1));
	dt_cg_sub_end(cg);
	dt_cg_emit(cg, DT_MOV64_IMM(R1, 1 << 23));   /* bpf_loop()'s most */
	dt_cg_loop(cg, sub, -1);
}

/*
 * stop(): the process stops as if sent SIGSTOP (DTrace stops the
 * process when it leaves the kernel, to be resumed with prun(1); here
 * kill -CONT resumes it).  raise(sig): sig for the current thread, as
 * DTrace's tsignal(); a number that is not a signal is an illegal
 * operation fault.  chill(ns): above.
 */
void
dt_cg_procact(dt_cg_t *cg, dt_node_t *n)
{
	int lok = dt_cg_label(cg);

	cg->cg_dtp->dt_destructive = 1;
	switch (n->dn_ident->di_id) {
	case DT_FN_STOP:
		dt_cg_emit(cg, DT_MOV64_IMM(R1, SIGSTOP));
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_send_signal));
		break;
	case DT_FN_RAISE: {
		int s = dt_cg_expr(cg, n->dn_args);
		dt_cg_lds(cg, R1, s);
		dt_cg_extend(cg, R1, n->dn_args->dn_type);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JLE, R1, 64, 0), lok);
		dt_cg_fault(cg, DT_FAULT_ILLOP, -1);
		dt_cg_place(cg, lok);
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_send_signal_thread));
		break;
	}
	case DT_FN_CHILL:
		dt_cg_chill(cg, n);
		break;
	}
}

void
dt_cg_subr(dt_cg_t *cg, dt_node_t *n, int res)
{
	dt_node_t *a = n->dn_args;
	int s0, s1, s2;
	uint32_t off;

	switch (n->dn_ident->di_id) {
	case DT_FN_ALLOCA:
		s0 = dt_cg_expr(cg, a);
		off = dt_cg_alloc(cg, a, s0);
		dt_cg_stsaddr(cg, res, off);
		break;
	case DT_FN_COPYIN:              /* copyin(uaddr, size) */
		s0 = dt_cg_expr(cg, a);
		s1 = dt_cg_expr(cg, a->dn_list);
		off = dt_cg_alloc(cg, a->dn_list, s1);
		dt_cg_emit(cg, DT_MOV64_REG(R1, R9));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)off));
		dt_cg_copy(cg, s0, 1);
		dt_cg_stsaddr(cg, res, off);
		break;
	case DT_FN_COPYINTO:            /* copyinto(uaddr, size, dest) */
	case DT_FN_BCOPY:               /* bcopy(src, dest, size) */
		s0 = dt_cg_expr(cg, a);
		s1 = dt_cg_expr(cg, a->dn_list);
		s2 = dt_cg_expr(cg, a->dn_list->dn_list);
		if (n->dn_ident->di_id == DT_FN_COPYINTO) {
			dt_cg_dstsize(cg, a->dn_list, s1);
			dt_cg_scratchdst(cg, s2);
		} else {
			dt_cg_dstsize(cg, a->dn_list->dn_list, s2);
			dt_cg_scratchdst(cg, s1);
		}
		dt_cg_copy(cg, s0, n->dn_ident->di_id == DT_FN_COPYINTO);
		break;
	case DT_FN_RAND:
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_get_prandom_u32));
		dt_cg_extend(cg, R0, n->dn_type);
		dt_cg_sts(cg, res, R0);
		break;
	case DT_FN_SPECULATION:
		dt_cg_speculation(cg, res);
		break;
	case DT_FN_PROGENYOF:
		dt_cg_progenyof(cg, n, res);
		break;
	case DT_FN_D_PATH:
	case DT_FN_D_PATH2:
		dt_cg_dpath(cg, n, res);
		break;
	case DT_FN_COPYOUT:
	case DT_FN_COPYOUTSTR:
		dt_cg_copyout(cg, n);
		break;
	}
}
