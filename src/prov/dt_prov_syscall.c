/*
 * dt_prov_syscall.c -- the syscall provider: syscall::NAME:entry and
 * syscall::NAME:return for every system call of the architecture.
 *
 * Linux has one pair of tracepoints that every system call passes,
 * raw_syscalls:sys_enter and sys_exit.  All entry probes form one
 * attachment group (pr_gkey 1) and all return probes another (2): however
 * many system calls a program enables, it makes at most two programs and two
 * attachments, each dispatching on the system call number (the selector;
 * see cg/dt_cg.c).  Attaching or detaching `syscall:::entry` is therefore as
 * quick as one probe.
 *
 * The programs are raw tracepoint programs; their context is the
 * tracepoint's arguments: sys_enter(struct pt_regs *regs, long id) and
 * sys_exit(struct pt_regs *regs, long ret).
 *
 *   entry:  arg0..arg5 are the call's arguments, read from the saved user
 *           registers (x86-64: di, si, dx, r10, r8, r9);
 *   return: arg0 and arg1 are the return value; errno is -ret when ret is a
 *           negative error number (-4095..-1), else 0.
 *
 * The names and numbers come from <asm/unistd.h> at build time
 * (scripts/gen-syscalls), so listing costs no file system access.
 */
#include <string.h>
#include "../lib/dt_impl.h"
#include "../cg/dt_cg.h"
#include "../cg/dt_emit.h"

static const struct {
	const char *name;
	uint32_t nr;
} dt_syscalls[] = {
#define DT_SYSCALL(name, nr) { #name, nr },
#include "dt_syscalls.h"
#undef DT_SYSCALL
};

#define DT_SYS_ENTRY  1         /* pr_gkey of the entry probes */
#define DT_SYS_RETURN 2

/* struct pt_regs on x86-64: the registers read below */
#define DT_REGS_R10      56
#define DT_REGS_ORIG_AX 120

static int
dt_prov_syscall_populate(dtrace_hdl_t *dtp, dt_provider_t *pv)
{
	for (size_t i = 0; i < sizeof(dt_syscalls) / sizeof(dt_syscalls[0]);
	    i++) {
		dt_probe_t *pr = dt_probe_create(dtp, pv, "vmlinux",
		    dt_syscalls[i].name, "entry");
		pr->pr_gkey = DT_SYS_ENTRY;
		pr->pr_sel = dt_syscalls[i].nr;
		pr->pr_nargv = 6;
		pr = dt_probe_create(dtp, pv, "vmlinux", dt_syscalls[i].name,
		    "return");
		pr->pr_gkey = DT_SYS_RETURN;
		pr->pr_sel = dt_syscalls[i].nr;
		pr->pr_nargv = 2;
		pr->pr_flags |= DT_PRF_SYSRET;
	}
	return 0;
}

static enum bpf_prog_type
dt_prov_syscall_progtype(dt_probe_t *pr)
{
	return BPF_PROG_TYPE_RAW_TRACEPOINT;
}

/* r0 = the system call number */
static void
dt_prov_syscall_selector(struct dt_cg *cg, dt_probe_t *pr)
{
	dt_cg_tramp_emit(cg, DT_LDX(BPF_DW, R1, FP, DT_STK_CTX));
	if (pr->pr_gkey == DT_SYS_ENTRY) {
		dt_cg_tramp_emit(cg, DT_LDX(BPF_DW, R0, R1, 8));   /* id */
		return;
	}
	/* at exit only the registers say which call it was: regs->orig_ax */
	dt_cg_tramp_emit(cg, DT_LDX(BPF_DW, R3, R1, 0));
	dt_cg_tramp_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, DT_REGS_ORIG_AX));
	dt_cg_tramp_emit(cg, DT_MOV64_REG(R1, FP));
	dt_cg_tramp_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, DT_STK_TMP));
	dt_cg_tramp_emit(cg, DT_MOV64_IMM(R2, 8));
	dt_cg_tramp_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
	dt_cg_tramp_emit(cg, DT_LDX(BPF_DW, R0, FP, DT_STK_TMP));
}

static void
dt_prov_syscall_trampoline(struct dt_cg *cg, dt_probe_t *pr)
{
	dt_cg_tramp_emit(cg, DT_LDX(BPF_DW, R1, FP, DT_STK_CTX));
	if (pr->pr_gkey == DT_SYS_RETURN) {
		dt_cg_tramp_emit(cg, DT_LDX(BPF_DW, R0, R1, 8));   /* ret */
		dt_cg_tramp_emit(cg, DT_STX(BPF_DW, R9, R0, DT_MST_ARGV));
		dt_cg_tramp_emit(cg, DT_STX(BPF_DW, R9, R0, DT_MST_ARGV + 8));
		return;
	}
	/*
	 * One read of regs->r10 .. regs->di (8 words: r10 r9 r8 ax cx dx si
	 * di) into argv[0..7], then into the calling convention's order.
	 */
	dt_cg_tramp_emit(cg, DT_LDX(BPF_DW, R3, R1, 0));
	dt_cg_tramp_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, DT_REGS_R10));
	dt_cg_tramp_emit(cg, DT_MOV64_REG(R1, R9));
	dt_cg_tramp_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, DT_MST_ARGV));
	dt_cg_tramp_emit(cg, DT_MOV64_IMM(R2, 64));
	dt_cg_tramp_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
	static const int from[6] = { 7, 6, 5, 0, 2, 1 };  /* di si dx r10 r8 r9 */
	for (int i = 0; i < 6; i++)
		dt_cg_tramp_emit(cg, DT_LDX(BPF_DW, i, R9,
		    (int16_t)(DT_MST_ARGV + 8 * from[i])));
	for (int i = 0; i < 6; i++)
		dt_cg_tramp_emit(cg, DT_STX(BPF_DW, R9, i,
		    (int16_t)(DT_MST_ARGV + 8 * i)));
	dt_cg_tramp_emit(cg, DT_ST(BPF_DW, R9, DT_MST_ARGV + 48, 0));
	dt_cg_tramp_emit(cg, DT_ST(BPF_DW, R9, DT_MST_ARGV + 56, 0));
}

/*
 * -lv: the argument types, from the system call's tracefs event format
 * ("field:const char * filename; offset:16; ...").  Return probes have the
 * return value, twice.
 */
static void
dt_prov_syscall_argtypes(dtrace_hdl_t *dtp, dt_probe_t *pr)
{
	const char *tfs = dt_tracefs();
	char path[512], line[512];

	if (pr->pr_nargs != 0 || (pr->pr_flags & DT_PRF_OWNTYPES))
		return;
	pr->pr_flags |= DT_PRF_OWNTYPES;
	if (pr->pr_gkey == DT_SYS_RETURN) {
		pr->pr_argtypes[0] = strdup("long");
		pr->pr_argtypes[1] = strdup("long");
		pr->pr_nargs = 2;
		return;
	}
	if (tfs == NULL)
		return;
	snprintf(path, sizeof(path), "%s/events/syscalls/sys_enter_%s/format",
	    tfs, pr->pr_func);
	FILE *f = fopen(path, "r");
	if (f == NULL) {
		/* the stat family's events carry their old names */
		snprintf(path, sizeof(path), "%s/events/syscalls/"
		    "sys_enter_new%s/format", tfs, pr->pr_func);
		f = fopen(path, "r");
	}
	if (f == NULL)
		return;
	int past_nr = 0;
	while (fgets(line, sizeof(line), f) != NULL && pr->pr_nargs < 6) {
		char *fld = strstr(line, "field:"), *semi;
		if (fld == NULL || (semi = strchr(fld, ';')) == NULL)
			continue;
		*semi = '\0';
		fld += 6;
		if (strstr(fld, "__syscall_nr") != NULL) {
			past_nr = 1;
			continue;
		}
		if (!past_nr)
			continue;
		/* the type is what precedes the last word (the name) */
		char *name = strrchr(fld, ' ');
		if (name == NULL)
			continue;
		while (name > fld && name[-1] == ' ')
			name--;
		*name = '\0';
		pr->pr_argtypes[pr->pr_nargs++] = strdup(fld);
	}
	fclose(f);
}

static int
dt_prov_syscall_attach(dtrace_hdl_t *dtp, dt_probe_t *pr)
{
	return dt_bpf_rawtp_attach(dtp, pr, pr->pr_gkey == DT_SYS_ENTRY ?
	    "sys_enter" : "sys_exit");
}

const dt_provops_t dt_prov_syscall = {
	.po_name = "syscall",
	.po_populate = dt_prov_syscall_populate,
	.po_progtype = dt_prov_syscall_progtype,
	.po_selector = dt_prov_syscall_selector,
	.po_trampoline = dt_prov_syscall_trampoline,
	.po_argtypes = dt_prov_syscall_argtypes,
	.po_attach = dt_prov_syscall_attach,
};
