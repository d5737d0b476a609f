/*
 * dt_sym.h -- addresses to symbols, and stacks as DTrace prints them.
 *
 * Kernel addresses resolve through /proc/kallsyms ("vmlinux`func+0x1f",
 * "module`func+0x8" for loadable modules); user addresses through the
 * process's mappings (/proc/PID/maps) and the ELF symbol tables of the
 * mapped files ("libc.so.6`read+0x12", "a.out`main+0x40").  An address
 * that does not resolve prints as hex, in its object when one is known
 * ("libfoo.so`0x1234").  Tables are read once, when first needed.
 */
#ifndef DT_SYM_H
#define DT_SYM_H

#include <stdint.h>
#include <stdio.h>

struct dtrace_hdl;

/* A stack value as the BPF program records it (dt_cg.c):
 * bits 0-23 stack map id + 1 (0: no stack), 24-31 frames wanted (0: the
 * option's default), 32-63 the process (user stacks). */
#define DT_STACK_ID(v)     ((uint32_t)((v) & 0xffffff))
#define DT_STACK_FRAMES(v) ((uint32_t)(((v) >> 24) & 0xff))
#define DT_STACK_PID(v)    ((uint32_t)((v) >> 32))

/* "obj`func+0xoff" (or hex) for addr; pid 0 for the kernel */
void dt_sym_format(struct dtrace_hdl *, uint32_t pid, uint64_t addr,
    char *buf, size_t len);
/* func, mod: the symbol's name and object only ("func", "obj") */
void dt_sym_parts(struct dtrace_hdl *, uint32_t pid, uint64_t addr,
    char *obj, size_t olen, char *func, size_t flen);
/* print a recorded stack value (user: 1 for ustack) as DTrace: a newline,
 * then one indented frame per line */
void dt_sym_print_stack(struct dtrace_hdl *, FILE *, uint64_t v, int user);
/* remember a live process's mappings now, so that its stacks print after
 * it exits */
void dt_sym_snapshot(struct dtrace_hdl *, uint32_t pid);
void dt_sym_free(struct dtrace_hdl *);
/* what sym() (mod 0) and mod() (mod 1) aggregation keys merge on; pid 0
 * for the kernel, else usym() and umod() of that process */
uint64_t dt_sym_normalize(struct dtrace_hdl *, uint32_t pid, uint64_t addr,
    int mod);
/* a sym()/mod()/usym()/umod()/uaddr() value (kind: dt_type_stack()) as
 * DTrace prints it: "obj`func", "obj", or "obj`func+0xoff" for uaddr() */
void dt_sym_value(struct dtrace_hdl *, int kind, const char *rec,
    char *buf, size_t len);
/* the printf engine's symbol hook (dt_pfsym_f): %a and %A */
int dt_sym_pfsym(void *dtp, int user, uint64_t addr, char *buf, size_t len);

/* Kernel symbol name, in module mod (NULL or "vmlinux" for the kernel
 * itself): 0 and its address and kallsyms type letter if /proc/kallsyms
 * lists it, else -1; *ndata = how many variables it lists at all. */
int dt_sym_kaddr(struct dtrace_hdl *, const char *mod, const char *name,
    uint64_t *addr, char *type, unsigned *ndata);

#endif /* DT_SYM_H */
