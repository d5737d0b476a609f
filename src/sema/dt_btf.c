/*
 * dt_btf.c -- the running kernel's types, from its BTF.
 *
 * The file is mapped read-only (read into memory where mapping is refused)
 * and indexed with one pass that records where each type starts: about
 * 2 ms for vmlinux, against 25-45 ms for libbpf's full parse.  Types are
 * converted to D types on demand and remembered per BTF id; a struct or
 * union gets its size at once but its members only when dt_btf_complete()
 * is asked for them, so that naming `struct task_struct *` does not pull
 * in the hundreds of types it reaches.
 *
 * Kernel types share the handle's type table with the types a program
 * declares.  A name the program (or D's built-in typedefs) already uses
 * wins: `size_t` stays D's size_t, and a program's own `struct foo` is not
 * replaced by the kernel's.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <linux/btf.h>
#include "../lib/dt_impl.h"
#include "dt_btf.h"

#define DT_BTF_PATH "/sys/kernel/btf/vmlinux"

struct dt_btf {
	const uint8_t *bt_data;        /* the whole file */
	size_t bt_size;
	int bt_mapped;
	const char *bt_strs;           /* string section */
	uint32_t bt_strlen;
	const uint8_t *bt_types;       /* type section */
	uint32_t *bt_off;              /* [id]: offset in the type section */
	uint32_t bt_ntypes;            /* ids 1 .. bt_ntypes - 1 */
	dt_type_t **bt_conv;           /* [id]: converted, or NULL */
};

/* bytes that follow a struct btf_type of this kind */
static size_t
dt_btf_tail(const struct btf_type *t)
{
	uint32_t vlen = BTF_INFO_VLEN(t->info);

	switch (BTF_INFO_KIND(t->info)) {
	case BTF_KIND_INT: return 4;
	case BTF_KIND_ARRAY: return sizeof(struct btf_array);
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION: return vlen * sizeof(struct btf_member);
	case BTF_KIND_ENUM: return vlen * sizeof(struct btf_enum);
	case BTF_KIND_FUNC_PROTO: return vlen * sizeof(struct btf_param);
	case BTF_KIND_VAR: return sizeof(struct btf_var);
	case BTF_KIND_DATASEC: return vlen * sizeof(struct btf_var_secinfo);
	case BTF_KIND_DECL_TAG: return sizeof(struct btf_decl_tag);
	case BTF_KIND_ENUM64: return vlen * sizeof(struct btf_enum64);
	default: return 0;
	}
}

void
dt_btf_close(dt_btf_t *b)
{
	if (b == NULL)
		return;
	if (b->bt_mapped)
		munmap((void *)b->bt_data, b->bt_size);
	else
		free((void *)b->bt_data);
	free(b->bt_off);
	free(b->bt_conv);
	free(b);
}

static int
dt_btf_index(dt_btf_t *b)
{
	const struct btf_header *h = (const void *)b->bt_data;

	if (b->bt_size < sizeof(*h) || h->magic != BTF_MAGIC ||
	    (uint64_t)h->hdr_len + h->type_off + h->type_len > b->bt_size ||
	    (uint64_t)h->hdr_len + h->str_off + h->str_len > b->bt_size)
		return -1;
	b->bt_types = b->bt_data + h->hdr_len + h->type_off;
	b->bt_strs = (const char *)b->bt_data + h->hdr_len + h->str_off;
	b->bt_strlen = h->str_len;

	uint32_t cap = 1 << 16, n = 1, off = 0;
	b->bt_off = malloc(cap * sizeof(uint32_t));
	while (b->bt_off != NULL && off + sizeof(struct btf_type) <= h->type_len) {
		const struct btf_type *t = (const void *)(b->bt_types + off);
		if (n == cap)
			b->bt_off = realloc(b->bt_off, (cap *= 2) * sizeof(uint32_t));
		if (b->bt_off == NULL)
			break;
		b->bt_off[n++] = off;
		off += sizeof(*t) + dt_btf_tail(t);
	}
	if (b->bt_off == NULL)
		return -1;
	b->bt_ntypes = n;
	b->bt_conv = calloc(n, sizeof(dt_type_t *));
	return b->bt_conv == NULL ? -1 : 0;
}

/* The kernel's BTF, opened on first use; NULL (once, then quietly) if the
 * kernel has none. */
static dt_btf_t *
dt_btf_get(dtrace_hdl_t *dtp)
{
	if (dtp->dt_btf != NULL || dtp->dt_btf_failed)
		return dtp->dt_btf;
	dtp->dt_btf_failed = 1;

	int fd = open(DT_BTF_PATH, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0 || st.st_size <= 0) {
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	dt_btf_t *b = calloc(1, sizeof(*b));
	b->bt_size = (size_t)st.st_size;
	void *m = mmap(NULL, b->bt_size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (m != MAP_FAILED) {
		b->bt_data = m;
		b->bt_mapped = 1;
	} else {
		uint8_t *buf = malloc(b->bt_size);
		size_t got = 0;
		ssize_t r;
		while (buf != NULL && got < b->bt_size &&
		    (r = read(fd, buf + got, b->bt_size - got)) > 0)
			got += (size_t)r;
		b->bt_data = buf;
		b->bt_size = got;
	}
	close(fd);
	if (b->bt_data == NULL || dt_btf_index(b) != 0) {
		dt_btf_close(b);
		return NULL;
	}
	dtp->dt_btf = b;
	dtp->dt_btf_failed = 0;
	return b;
}

static const struct btf_type *
dt_btf_type(const dt_btf_t *b, uint32_t id)
{
	if (id == 0 || id >= b->bt_ntypes)
		return NULL;
	return (const void *)(b->bt_types + b->bt_off[id]);
}

static const char *
dt_btf_str(const dt_btf_t *b, uint32_t off)
{
	return off < b->bt_strlen ? b->bt_strs + off : "";
}

/* id of the type of kind 'kind' named 'name', or 0; kind -1 for a typedef,
 * struct, union or enum of any kind, in that order of preference */
static uint32_t
dt_btf_find(const dt_btf_t *b, int kind, const char *name)
{
	uint32_t fwd = 0;
	for (uint32_t id = 1; id < b->bt_ntypes; id++) {
		const struct btf_type *t = dt_btf_type(b, id);
		int k = BTF_INFO_KIND(t->info);
		if (t->name_off == 0 || (k != kind && k != BTF_KIND_FWD))
			continue;
		const char *s = dt_btf_str(b, t->name_off);
		if (s[0] != name[0] || strcmp(s, name) != 0)
			continue;
		if (k == kind)
			return id;
		/* a forward declaration is only a fallback: the
		 * definition is usually later in the file */
		if (kind == BTF_KIND_STRUCT || kind == BTF_KIND_UNION)
			fwd = fwd ? fwd : id;
	}
	return fwd;
}

static dt_type_t *dt_btf_conv(dtrace_hdl_t *, dt_btf_t *, uint32_t);

/* a D integer type for a BTF integer, by size and sign */
static dt_type_t *
dt_btf_int(dtrace_hdl_t *dtp, const struct btf_type *t, const char *name)
{
	const dt_btypes_t *bt = dt_typetab_builtins(dtp->dt_types);
	uint32_t enc = BTF_INT_ENCODING(*(const uint32_t *)(t + 1));
	int sign = (enc & BTF_INT_SIGNED) != 0;

	if (enc & BTF_INT_BOOL)
		return bt->bt_bool;
	switch (t->size) {
	case 1: return strcmp(name, "char") == 0 ? bt->bt_char :
	    sign ? dt_type_lookup(dtp->dt_types, "signed char") : bt->bt_uchar;
	case 2: return sign ? bt->bt_short : bt->bt_ushort;
	case 4: return sign ? bt->bt_int : bt->bt_uint;
	case 8: return sign ? bt->bt_long : bt->bt_ulong;
	default: {
		dt_type_t *d = dt_type_lookup(dtp->dt_types, name);
		return d != NULL ? d : dt_type_int(dtp->dt_types, name,
		    t->size, sign);
	}
	}
}

static dt_type_t *
dt_btf_conv1(dtrace_hdl_t *dtp, dt_btf_t *b, uint32_t id)
{
	dt_typetab_t *tt = dtp->dt_types;
	const dt_btypes_t *bt = dt_typetab_builtins(tt);
	const struct btf_type *t = dt_btf_type(b, id);
	const char *name = t ? dt_btf_str(b, t->name_off) : "";
	dt_type_t *d;

	if (t == NULL)
		return bt->bt_void;
	switch (BTF_INFO_KIND(t->info)) {
	case BTF_KIND_INT:
		return dt_btf_int(dtp, t, name);
	case BTF_KIND_FLOAT:
		return t->size == 4 ? bt->bt_float : bt->bt_double;
	case BTF_KIND_PTR:
		return dt_type_ptr(tt, dt_btf_conv(dtp, b, t->type));
	case BTF_KIND_ARRAY: {
		const struct btf_array *a = (const void *)(t + 1);
		return dt_type_array(tt, dt_btf_conv(dtp, b, a->type),
		    a->nelems);
	}
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
	case BTF_KIND_FWD: {
		int un = BTF_INFO_KIND(t->info) == BTF_KIND_UNION ||
		    (BTF_INFO_KIND(t->info) == BTF_KIND_FWD &&
		    BTF_INFO_KFLAG(t->info));
		dt_tkind_t k = un ? DT_TK_UNION : DT_TK_STRUCT;
		d = name[0] ? dt_type_tagged(tt, k, name) : dt_type_anon(tt, k);
		if (!d->dt_defined && d->dt_btfid == 0 &&
		    BTF_INFO_KIND(t->info) != BTF_KIND_FWD) {
			d->dt_btfid = id;
			d->dt_size = t->size;
		}
		return d;
	}
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64: {
		d = name[0] ? dt_type_tagged(tt, DT_TK_ENUM, name) :
		    dt_type_anon(tt, DT_TK_ENUM);
		if (d->dt_defined)
			return d;
		d->dt_size = t->size;
		d->dt_signed = BTF_INFO_KFLAG(t->info);
		uint32_t vlen = BTF_INFO_VLEN(t->info);
		for (uint32_t i = 0; i < vlen; i++) {
			int64_t v;
			const char *en;
			if (BTF_INFO_KIND(t->info) == BTF_KIND_ENUM) {
				const struct btf_enum *e = (const void *)(t + 1);
				v = d->dt_signed ? (int64_t)e[i].val :
				    (int64_t)(uint32_t)e[i].val;
				en = dt_btf_str(b, e[i].name_off);
			} else {
				const struct btf_enum64 *e = (const void *)(t + 1);
				v = (int64_t)((uint64_t)e[i].val_hi32 << 32 |
				    e[i].val_lo32);
				en = dt_btf_str(b, e[i].name_off);
			}
			dt_type_add_enum(tt, d, en, v);
		}
		d->dt_defined = 1;
		return d;
	}
	case BTF_KIND_TYPEDEF: {
		/* D's typedef of the same name, if it is the same type to a
		 * program (dev_t is 8 bytes in D, 4 in Linux); otherwise the
		 * kernel's, scoped so that D's name keeps its meaning */
		dt_type_t *target = dt_btf_conv(dtp, b, t->type);
		char sname[256];
		if ((d = dt_type_lookup(tt, name)) != NULL &&
		    dt_type_size(d) == dt_type_size(target) &&
		    dt_type_is_signed(d) == dt_type_is_signed(target) &&
		    dt_type_is_ptr(d) == dt_type_is_ptr(target))
			return d;
		if (d == NULL)
			return dt_type_typedef(tt, name, target);
		snprintf(sname, sizeof(sname), "vmlinux`%s", name);
		if ((d = dt_type_lookup(tt, sname)) != NULL)
			return d;
		return dt_type_typedef(tt, sname, target);
	}
	case BTF_KIND_VOLATILE:
	case BTF_KIND_CONST:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_TYPE_TAG:
		return dt_btf_conv(dtp, b, t->type);
	default:
		/* functions and anything else: what a pointer to it reads as
		 * in D, void */
		return bt->bt_void;
	}
}

static dt_type_t *
dt_btf_conv(dtrace_hdl_t *dtp, dt_btf_t *b, uint32_t id)
{
	if (id >= b->bt_ntypes)
		return dt_typetab_builtins(dtp->dt_types)->bt_void;
	if (b->bt_conv[id] == NULL)
		b->bt_conv[id] = dt_btf_conv1(dtp, b, id);
	return b->bt_conv[id];
}

static const char *
dt_btf_unscope(const char *name)
{
	const char *q = strchr(name, '`');
	return q != NULL ? q + 1 : name;
}

dt_type_t *
dt_btf_lookup(dtrace_hdl_t *dtp, const char *name)
{
	static const struct { const char *pfx; int kind; } tags[] = {
		{ "struct ", BTF_KIND_STRUCT }, { "union ", BTF_KIND_UNION },
		{ "enum ", BTF_KIND_ENUM },
	};
	int kind = BTF_KIND_TYPEDEF;
	dt_btf_t *b;

	for (size_t i = 0; i < sizeof(tags) / sizeof(tags[0]); i++) {
		size_t l = strlen(tags[i].pfx);
		if (strncmp(name, tags[i].pfx, l) == 0) {
			kind = tags[i].kind;
			name += l;
			break;
		}
	}
	name = dt_btf_unscope(name);
	if (*name == '\0' || (b = dt_btf_get(dtp)) == NULL)
		return NULL;
	uint32_t id = dt_btf_find(b, kind, name);
	if (id == 0 && kind == BTF_KIND_ENUM)
		id = dt_btf_find(b, BTF_KIND_ENUM64, name);
	return id == 0 ? NULL : dt_btf_conv(dtp, b, id);
}

int
dt_btf_complete(dtrace_hdl_t *dtp, dt_type_t *t)
{
	t = (dt_type_t *)dt_type_resolve(t);
	if (t == NULL || t->dt_defined)
		return 0;
	if (t->dt_kind != DT_TK_STRUCT && t->dt_kind != DT_TK_UNION)
		return -1;
	dt_btf_t *b = dt_btf_get(dtp);
	if (b == NULL)
		return -1;
	if (t->dt_btfid == 0) {
		/* a struct named in D before the kernel's was looked at */
		const char *tag = strchr(t->dt_name, ' ');
		uint32_t id = tag ? dt_btf_find(b, t->dt_kind == DT_TK_UNION ?
		    BTF_KIND_UNION : BTF_KIND_STRUCT, tag + 1) : 0;
		const struct btf_type *bt = dt_btf_type(b, id);
		if (bt == NULL || BTF_INFO_KIND(bt->info) == BTF_KIND_FWD)
			return -1;
		t->dt_btfid = id;
		t->dt_size = bt->size;
		if (b->bt_conv[id] == NULL)
			b->bt_conv[id] = t;
	}
	const struct btf_type *bt = dt_btf_type(b, t->dt_btfid);
	const struct btf_member *m = (const void *)(bt + 1);
	uint32_t vlen = BTF_INFO_VLEN(bt->info);
	int kflag = BTF_INFO_KFLAG(bt->info);

	for (uint32_t i = 0; i < vlen; i++) {
		const char *mn = dt_btf_str(b, m[i].name_off);
		uint32_t off = kflag ? BTF_MEMBER_BIT_OFFSET(m[i].offset) :
		    m[i].offset;
		uint32_t bits = kflag ? BTF_MEMBER_BITFIELD_SIZE(m[i].offset) : 0;
		dt_type_t *mt = dt_btf_conv(dtp, b, m[i].type);
		/* a BTF integer narrower than its type is a bit-field too */
		const struct btf_type *it = dt_btf_type(b, m[i].type);
		if (!kflag && it != NULL && BTF_INFO_KIND(it->info) ==
		    BTF_KIND_INT) {
			uint32_t enc = *(const uint32_t *)(it + 1);
			if (BTF_INT_BITS(enc) != it->size * 8) {
				bits = BTF_INT_BITS(enc);
				off += BTF_INT_OFFSET(enc);
			}
		}
		dt_type_add_member_at(t, mn[0] ? mn : NULL, mt, off, bits);
	}
	t->dt_defined = 1;
	return 0;
}

dt_member_t *
dt_btf_member(dtrace_hdl_t *dtp, dt_type_t *t, const char *name,
    uint32_t *bitoff)
{
	t = (dt_type_t *)dt_type_resolve(t);
	if (t == NULL || dt_btf_complete(dtp, t) != 0)
		return NULL;
	for (dt_member_t *m = t->dt_members; m != NULL; m = m->dm_next) {
		if (m->dm_name != NULL) {
			if (strcmp(m->dm_name, name) == 0) {
				*bitoff = m->dm_offset;
				return m;
			}
			continue;
		}
		uint32_t inner;
		const dt_type_t *mt = dt_type_resolve(m->dm_type);
		if (mt->dt_kind != DT_TK_STRUCT && mt->dt_kind != DT_TK_UNION)
			continue;
		dt_member_t *im = dt_btf_member(dtp, m->dm_type, name, &inner);
		if (im != NULL) {
			*bitoff = m->dm_offset + inner;
			return im;
		}
	}
	return NULL;
}

long
dt_btf_offsetof(dtrace_hdl_t *dtp, const char *sname, const char *path)
{
	char buf[128], *save;
	dt_type_t *t;
	long off = 0;

	snprintf(buf, sizeof(buf), "struct %s", sname);
	if ((t = dt_btf_lookup(dtp, buf)) == NULL)
		return -1;
	snprintf(buf, sizeof(buf), "%s", path);
	for (char *m = strtok_r(buf, ".", &save); m != NULL;
	    m = strtok_r(NULL, ".", &save)) {
		uint32_t bo;
		dt_member_t *dm = dt_btf_member(dtp, t, m, &bo);
		if (dm == NULL)
			return -1;
		off += bo / 8;
		t = dm->dm_type;
	}
	return off;
}

int
dt_btf_func_id(dtrace_hdl_t *dtp, const char *name)
{
	dt_btf_t *b = dt_btf_get(dtp);
	uint32_t id = b ? dt_btf_find(b, BTF_KIND_FUNC, name) : 0;
	return id == 0 ? -1 : (int)id;
}

int
dt_btf_func_iter(dtrace_hdl_t *dtp, int (*f)(dtrace_hdl_t *, uint32_t id,
    uint32_t name_off, const char *name, void *), void *arg)
{
	dt_btf_t *b = dt_btf_get(dtp);
	if (b == NULL)
		return -1;
	for (uint32_t id = 1; id < b->bt_ntypes; id++) {
		const struct btf_type *t = dt_btf_type(b, id);
		if (BTF_INFO_KIND(t->info) != BTF_KIND_FUNC || t->name_off == 0)
			continue;
		int r = f(dtp, id, t->name_off, dt_btf_str(b, t->name_off), arg);
		if (r != 0)
			return r;
	}
	return 0;
}

uint32_t
dt_btf_strsize(dtrace_hdl_t *dtp)
{
	dt_btf_t *b = dt_btf_get(dtp);
	return b != NULL ? b->bt_strlen : 0;
}

int
dt_btf_func_args(dtrace_hdl_t *dtp, uint32_t id, dt_type_t **args, int max,
    dt_type_t **ret)
{
	dt_btf_t *b = dt_btf_get(dtp);
	const struct btf_type *t = b != NULL ? dt_btf_type(b, id) : NULL;

	if (t == NULL || BTF_INFO_KIND(t->info) != BTF_KIND_FUNC ||
	    (t = dt_btf_type(b, t->type)) == NULL ||
	    BTF_INFO_KIND(t->info) != BTF_KIND_FUNC_PROTO)
		return -1;
	const struct btf_param *p = (const void *)(t + 1);
	int n = (int)BTF_INFO_VLEN(t->info);
	if (n > max)
		return -1;
	for (int i = 0; i < n; i++) {
		if (p[i].type == 0)
			return -1;              /* variadic */
		dt_type_t *d = dt_btf_conv(dtp, b, p[i].type);
		const dt_type_t *r = dt_type_resolve(d);
		/* a struct or union passed by value is not one word */
		if (r->dt_kind == DT_TK_STRUCT || r->dt_kind == DT_TK_UNION ||
		    dt_type_size(d) > 8)
			return -1;
		if (args != NULL)
			args[i] = d;
	}
	if (ret != NULL) {
		*ret = dt_btf_conv(dtp, b, t->type);
		const dt_type_t *r = dt_type_resolve(*ret);
		if (r->dt_kind == DT_TK_STRUCT || r->dt_kind == DT_TK_UNION)
			return -1;
	}
	return n;
}

/*
 * Kernel variables.  vmlinux BTF describes a variable (BTF_KIND_VAR) only
 * where pahole was asked to: per-CPU variables always, other globals with
 * its global_var feature.  The section that lists a variable tells which
 * it is.
 */
int
dt_btf_var(dtrace_hdl_t *dtp, const char *name, dt_type_t **type, int *percpu)
{
	dt_btf_t *b = dt_btf_get(dtp);
	uint32_t id = b ? dt_btf_find(b, BTF_KIND_VAR, name) : 0;
	const struct btf_type *t = id ? dt_btf_type(b, id) : NULL;

	if (t == NULL)
		return -1;
	*percpu = 0;
	for (uint32_t s = 1; s < b->bt_ntypes; s++) {
		const struct btf_type *ds = dt_btf_type(b, s);
		if (BTF_INFO_KIND(ds->info) != BTF_KIND_DATASEC)
			continue;
		const struct btf_var_secinfo *v = (const void *)(ds + 1);
		for (uint32_t i = 0; i < BTF_INFO_VLEN(ds->info); i++)
			if (v[i].type == id)
				*percpu = strcmp(dt_btf_str(b, ds->name_off),
				    ".data..percpu") == 0;
	}
	*type = dt_btf_conv(dtp, b, t->type);
	return (int)id;
}
