/*
 * dt_prov_proc.c -- the proc provider: process and thread life cycle and
 * signals, on Linux's tracepoints.
 *
 *   exec           execve/execveat entry (raw_syscalls:sys_enter), in the
 *                  old image; arg0: the user address of the path
 *   exec-success   sched_process_exec, in the new image
 *   exec-failure   execve/execveat return with an error; arg0: the errno
 *   exit           sched_process_exit of the last thread; arg0: CLD_EXITED
 *                  (1), CLD_KILLED (2) or CLD_DUMPED (3)
 *   lwp-exit       sched_process_exit of any thread
 *   create         sched_process_fork of a process, in the parent; arg0,
 *                  arg1: the child's tid and pid
 *   lwp-create     sched_process_fork of a thread; arg0, arg1: its tid, pid
 *   start          the new process's first return to user space (the fork
 *                  or clone system call returning 0 in the child)
 *   lwp-start      the same for a new thread
 *   signal-send    signal_generate, in the sender; arg0, arg1: the target's
 *                  tid and pid, arg2: the signal (DTrace's args[2])
 *   signal-handle  signal_deliver, in the receiver; arg0: the signal,
 *                  arg1: the siginfo address, arg2: the handler
 *
 * signal-clear (a pending signal taken by sigwait) has no Linux event.
 */
#include "dt_prov_rawtp.h"

/* x86-64 system call numbers */
#define DT_NR_CLONE     56
#define DT_NR_FORK      57
#define DT_NR_VFORK     58
#define DT_NR_EXECVE    59
#define DT_NR_EXECVEAT 322
#define DT_NR_CLONE3   435
#define DT_REGS_DI     112
#define DT_REGS_SI     104
#define DT_REGS_ORIG_AX 120

/* r7 = the number of the system call returning (sys_exit) */
static void
dt_proc_exit_nr(struct dt_cg *cg)
{
	dt_rawtp_ctx(cg, R6, 0);
	dt_cg_tramp_kload(cg, R6, DT_REGS_ORIG_AX, 8);
	dt_cg_tramp_emit(cg, DT_MOV64_REG(R7, R0));
}

/* leave unless register reg holds one of the n system call numbers */
static void
dt_proc_nr_in(struct dt_cg *cg, int reg, const int *nrs, int n)
{
	int lok = dt_cg_tramp_label(cg);
	for (int i = 0; i < n; i++)
		dt_cg_tramp_jmp(cg, DT_JMP_IMM(BPF_JEQ, reg, nrs[i], 0), lok);
	dt_cg_tramp_exit_if(cg, DT_JA(0));
	dt_cg_tramp_place(cg, lok);
}

static const int dt_proc_execs[] = { DT_NR_EXECVE, DT_NR_EXECVEAT };
static const int dt_proc_forks[] = { DT_NR_CLONE, DT_NR_CLONE3, DT_NR_FORK,
    DT_NR_VFORK };

static void
dt_proc_exec_filter(struct dt_cg *cg)
{
	dt_rawtp_ctx(cg, R0, 1);
	dt_proc_nr_in(cg, R0, dt_proc_execs, 2);
}

/* arg0: the path, execve's first argument, execveat's second */
static void
dt_proc_exec_args(struct dt_cg *cg)
{
	int ldone = dt_cg_tramp_label(cg);
	dt_rawtp_ctx(cg, R7, 1);
	dt_rawtp_ctx(cg, R6, 0);
	dt_cg_tramp_kload(cg, R6, DT_REGS_DI, 8);
	dt_cg_tramp_jmp(cg, DT_JMP_IMM(BPF_JNE, R7, DT_NR_EXECVEAT, 0), ldone);
	dt_cg_tramp_kload(cg, R6, DT_REGS_SI, 8);
	dt_cg_tramp_place(cg, ldone);
	dt_rawtp_setarg(cg, 0, R0);
}

static void
dt_proc_execfail_filter(struct dt_cg *cg)
{
	dt_proc_exit_nr(cg);
	dt_proc_nr_in(cg, R7, dt_proc_execs, 2);
	dt_rawtp_ctx(cg, R0, 1);
	dt_cg_tramp_exit_if(cg, DT_JMP_IMM(BPF_JSGE, R0, 0, 0));
}

static void
dt_proc_execfail_args(struct dt_cg *cg)
{
	dt_rawtp_ctx(cg, R0, 1);
	dt_cg_tramp_emit(cg, DT_ALU64_IMM(BPF_NEG, R0, 0));
	dt_rawtp_setarg(cg, 0, R0);
}

/* exit: the last thread of the process (group_dead) */
static void
dt_proc_exit_filter(struct dt_cg *cg)
{
	dt_rawtp_ctx(cg, R0, 1);
	dt_cg_tramp_exit_if(cg, DT_JMP_IMM(BPF_JEQ, R0, 0, 0));
}

/* arg0 = CLD_EXITED, CLD_KILLED or CLD_DUMPED from task->exit_code */
static void
dt_proc_exit_args(struct dt_cg *cg)
{
	dtrace_hdl_t *dtp = dt_cg_dtp(cg);

	/* the tracepoint comes before do_exit() sets exit_code; exit_group()
	 * and fatal signals have set the group's exit code by then */
	dt_rawtp_ctx(cg, R6, 0);
	dt_cg_tramp_kload(cg, R6, (int32_t)dtp->dt_off_exit_code, 4);
	dt_cg_tramp_emit(cg, DT_MOV64_REG(R7, R0));
	dt_cg_tramp_kload(cg, R6, (int32_t)dtp->dt_off_signal, 8);
	dt_cg_tramp_kload(cg, R0, (int32_t)dtp->dt_off_group_exit_code, 4);
	dt_cg_tramp_emit(cg, DT_ALU64_REG(BPF_OR, R0, R7));
	int ldumped = dt_cg_tramp_label(cg), ldone = dt_cg_tramp_label(cg);
	dt_cg_tramp_emit(cg, DT_MOV64_REG(R1, R0));
	dt_cg_tramp_emit(cg, DT_ALU64_IMM(BPF_AND, R1, 0x7f));
	dt_cg_tramp_emit(cg, DT_MOV64_IMM(R2, 1));          /* CLD_EXITED */
	dt_cg_tramp_jmp(cg, DT_JMP_IMM(BPF_JEQ, R1, 0, 0), ldone);
	dt_cg_tramp_emit(cg, DT_MOV64_IMM(R2, 2));          /* CLD_KILLED */
	dt_cg_tramp_jmp(cg, DT_JMP_IMM(BPF_JSET, R0, 0x80, 0), ldumped);
	dt_cg_tramp_jmp(cg, DT_JA(0), ldone);
	dt_cg_tramp_place(cg, ldumped);
	dt_cg_tramp_emit(cg, DT_MOV64_IMM(R2, 3));          /* CLD_DUMPED */
	dt_cg_tramp_place(cg, ldone);
	dt_rawtp_setarg(cg, 0, R2);
}

/* sched_process_fork(parent, child): child is a process (want 1) or a
 * thread (want 0) */
static void
dt_proc_fork_filter(struct dt_cg *cg, int process)
{
	dtrace_hdl_t *dtp = dt_cg_dtp(cg);

	dt_rawtp_ctx(cg, R6, 1);
	dt_cg_tramp_kload(cg, R6, (int32_t)dtp->dt_off_pid, 4);
	dt_cg_tramp_emit(cg, DT_MOV64_REG(R7, R0));
	dt_cg_tramp_kload(cg, R6, (int32_t)dtp->dt_off_tgid, 4);
	dt_cg_tramp_exit_if(cg, DT_JMP_REG(process ? BPF_JNE : BPF_JEQ, R0, R7,
	    0));
}

static void
dt_proc_create_filter(struct dt_cg *cg)
{
	dt_proc_fork_filter(cg, 1);
}

static void
dt_proc_lwpcreate_filter(struct dt_cg *cg)
{
	dt_proc_fork_filter(cg, 0);
}

static void
dt_proc_child_ids(struct dt_cg *cg)
{
	dt_rawtp_task_ids(cg, 1, 0);
}

/* a fork/clone returning 0: the new process (1) or thread (0) starts */
static void
dt_proc_start_filter(struct dt_cg *cg, int process)
{
	dt_rawtp_ctx(cg, R0, 1);
	dt_cg_tramp_exit_if(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0));
	dt_proc_exit_nr(cg);
	dt_proc_nr_in(cg, R7, dt_proc_forks, 4);
	dt_cg_tramp_emit(cg, DT_CALL(BPF_FUNC_get_current_pid_tgid));
	dt_cg_tramp_emit(cg, DT_MOV64_REG(R1, R0));
	dt_cg_tramp_emit(cg, DT_ALU64_IMM(BPF_RSH, R1, 32));
	dt_cg_tramp_emit(cg, DT_MOV32_REG(R0, R0));
	dt_cg_tramp_exit_if(cg, DT_JMP_REG(process ? BPF_JNE : BPF_JEQ, R0, R1,
	    0));
}

static void
dt_proc_start(struct dt_cg *cg)
{
	dt_proc_start_filter(cg, 1);
}

static void
dt_proc_lwpstart(struct dt_cg *cg)
{
	dt_proc_start_filter(cg, 0);
}

static void
dt_proc_sigsend_args(struct dt_cg *cg)
{
	dt_rawtp_task_ids(cg, 2, 0);
	dt_rawtp_ctx(cg, R0, 0);
	dt_cg_tramp_emit(cg, DT_MOV32_REG(R0, R0));
	dt_rawtp_setarg(cg, 2, R0);
}

static void
dt_proc_sighandle_args(struct dt_cg *cg)
{
	dt_rawtp_ctx(cg, R0, 0);
	dt_cg_tramp_emit(cg, DT_MOV32_REG(R0, R0));
	dt_rawtp_setarg(cg, 0, R0);
	dt_rawtp_ctx(cg, R0, 1);
	dt_rawtp_setarg(cg, 1, R0);
	dt_rawtp_ctx(cg, R6, 2);             /* ka->sa.sa_handler */
	dt_cg_tramp_kload(cg, R6, 0, 8);
	dt_rawtp_setarg(cg, 2, R0);
}

/* args[]: sched_process_fork(parent, child), signal_generate(sig, info,
 * task, group, result); the others from argN */
static const dt_xarg_t dt_proc_xint[] = { { "int", NULL, -1 } };
static const dt_xarg_t dt_proc_xcreate[] = {
	{ "psinfo_t *", "struct task_struct *", 1 },
};
static const dt_xarg_t dt_proc_xlwpcreate[] = {
	{ "lwpsinfo_t *", "struct task_struct *", 1 },
	{ "psinfo_t *", "struct task_struct *", 1 },
};
static const dt_xarg_t dt_proc_xsigsend[] = {
	{ "lwpsinfo_t *", "struct task_struct *", 2 },
	{ "psinfo_t *", "struct task_struct *", 2 },
	{ "int", NULL, -3 },
};
static const dt_xarg_t dt_proc_xsighandle[] = {
	{ "int", NULL, -1 },
	{ "struct kernel_siginfo *", NULL, -2 },
	{ "uintptr_t", NULL, -3 },
};

static const dt_rawtp_probe_t dt_proc_probes[] = {
	{ "execve", "exec", { "sys_enter" }, dt_proc_exec_filter,
	    dt_proc_exec_args, 1, 0, { "uintptr_t" } },
	{ "sched_process_exec", "exec-success", { "sched_process_exec" },
	    NULL, NULL, 0, 0 },
	{ "execve", "exec-failure", { "sys_exit" }, dt_proc_execfail_filter,
	    dt_proc_execfail_args, 1, 0, { "int" }, dt_proc_xint, 1 },
	{ "sched_process_exit", "exit", { "sched_process_exit" },
	    dt_proc_exit_filter, dt_proc_exit_args, 1, 0, { "int" },
	    dt_proc_xint, 1 },
	{ "sched_process_exit", "lwp-exit", { "sched_process_exit" }, NULL,
	    NULL, 0, 0 },
	{ "sched_process_fork", "create", { "sched_process_fork" },
	    dt_proc_create_filter, dt_proc_child_ids, 2, 0,
	    { "pid_t", "pid_t" }, dt_proc_xcreate, 1 },
	{ "sched_process_fork", "lwp-create", { "sched_process_fork" },
	    dt_proc_lwpcreate_filter, dt_proc_child_ids, 2, 0,
	    { "pid_t", "pid_t" }, dt_proc_xlwpcreate, 2 },
	{ "clone", "start", { "sys_exit" }, dt_proc_start, NULL, 0, 0 },
	{ "clone", "lwp-start", { "sys_exit" }, dt_proc_lwpstart, NULL, 0, 0 },
	{ "signal_generate", "signal-send", { "signal_generate" }, NULL,
	    dt_proc_sigsend_args, 3, 0, { "pid_t", "pid_t", "int" },
	    dt_proc_xsigsend, 3 },
	{ "signal_deliver", "signal-handle", { "signal_deliver" }, NULL,
	    dt_proc_sighandle_args, 3, 0, { "int", "siginfo_t *",
	    "void (*)(int)" }, dt_proc_xsighandle, 3 },
};

static int
dt_prov_proc_populate(dtrace_hdl_t *dtp, dt_provider_t *pv)
{
	return dt_rawtp_populate(dtp, pv, dt_proc_probes,
	    sizeof(dt_proc_probes) / sizeof(dt_proc_probes[0]));
}

const dt_provops_t dt_prov_proc = {
	.po_name = "proc",
	.po_populate = dt_prov_proc_populate,
	.po_progtype = dt_rawtp_progtype,
	.po_filter = dt_rawtp_filter,
	.po_trampoline = dt_rawtp_trampoline,
	.po_attach = dt_rawtp_attach,
};
