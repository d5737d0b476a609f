/*
 * dt_btf.h -- the running kernel's types, from its BTF
 * (/sys/kernel/btf/vmlinux), as D types.
 *
 * The BTF file is mapped, not parsed up front: it is 5 MB and 120,000
 * types, and libbpf's parse takes 25-45 ms, most of a dtrace start.  Only
 * the types a program names are converted, and struct and union members
 * are converted when a program first reaches into them.
 */
#ifndef DT_BTF_H
#define DT_BTF_H

#include <stdint.h>
#include "dt_types.h"

struct dtrace_hdl;
typedef struct dt_btf dt_btf_t;

void dt_btf_close(dt_btf_t *);

/* The D type for a kernel type name: "struct task_struct", "union x",
 * "enum y", or a typedef ("u64", "blk_opf_t").  A module prefix
 * ("vmlinux`") is ignored.  NULL if the kernel has no such type or no BTF. */
dt_type_t *dt_btf_lookup(struct dtrace_hdl *, const char *name);

/* Give struct/union t its members from the kernel's type of the same tag,
 * if it has none yet.  0 if t is complete afterwards. */
int dt_btf_complete(struct dtrace_hdl *, dt_type_t *t);

/* Member 'name' of struct/union t, searched through anonymous members as
 * C does; *bitoff is its offset in bits from the start of t. */
dt_member_t *dt_btf_member(struct dtrace_hdl *, dt_type_t *t,
    const char *name, uint32_t *bitoff);

/* Byte offset of a dotted member path ("se.exec_start") of a kernel
 * struct, or -1. */
long dt_btf_offsetof(struct dtrace_hdl *, const char *sname, const char *path);

/* BTF id of the kernel function 'name', or -1. */
int dt_btf_func_id(struct dtrace_hdl *, const char *name);

/* Call f for every kernel function (BTF_KIND_FUNC), in id order, with its
 * id, the offset of its name in the string section (equal names share
 * one) and the name; stops at f's first non-zero return, which it returns.
 * -1 if the kernel has no BTF. */
int dt_btf_func_iter(struct dtrace_hdl *, int (*f)(struct dtrace_hdl *,
    uint32_t id, uint32_t name_off, const char *name, void *), void *arg);

/* Size of the string section: name offsets are below it. */
uint32_t dt_btf_strsize(struct dtrace_hdl *);

/* The parameter types (into args, if not NULL) and the return type (into
 * *ret) of kernel function id; the number of parameters, or -1 when the
 * function is not one a probe can describe word by word: more than max
 * parameters, variadic, or a struct or union passed or returned by
 * value. */
int dt_btf_func_args(struct dtrace_hdl *, uint32_t id, dt_type_t **args,
    int max, dt_type_t **ret);

/* Kernel variable 'name': its BTF id (for BPF_PSEUDO_BTF_ID), its type in
 * *type and in *percpu whether it is a per-CPU variable; -1 if the kernel's
 * BTF does not describe it. */
int dt_btf_var(struct dtrace_hdl *, const char *name, dt_type_t **type,
    int *percpu);

#endif /* DT_BTF_H */
