/*
 * dt_types.c -- the type table: interning, layout and C's conversion rules.
 *
 * The table owns every dt_type.  Integer, pointer and array types are
 * interned (one object per distinct type) so that the semantic pass can
 * compare resolved types by pointer.  Struct/union/enum types are keyed by
 * tag; anonymous ones are never shared.  Layout follows the x86-64 System V
 * ABI, which is also what the kernel and BPF use.
 *
 * Conversions (dt_type_promote / dt_type_arith) implement C11 6.3.1.1 and
 * 6.3.1.8 for the types D has: char/short promote to int; otherwise the
 * wider rank wins and unsigned wins at equal rank.
 */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include "dt_types.h"

#define DT_TT_HASH 4096

/* Kernel types make the table large (a kernel function listing converts
 * thousands), so names are hashed and a pointer type hangs off its base. */
struct dt_typetab {
	dt_type_t *tt_all;   /* every type, for freeing */
	dt_type_t *tt_hash[DT_TT_HASH];   /* named types by name, newest
	                                     first in each chain */
	dt_btypes_t tt_b;
};

static uint32_t
dt_type_hash(const char *s)
{
	uint32_t h = 2166136261u;
	while (*s != '\0')
		h = (h ^ (uint8_t)*s++) * 16777619u;
	return h % DT_TT_HASH;
}

static dt_type_t *
dt_type_new(dt_typetab_t *tt, dt_tkind_t kind, const char *name)
{
	dt_type_t *t = calloc(1, sizeof(*t));
	if (t == NULL)
		abort();
	t->dt_kind = kind;
	t->dt_name = strdup(name ? name : "");
	t->dt_next = tt->tt_all;
	tt->tt_all = t;
	if (kind != DT_TK_PTR && kind != DT_TK_ARRAY) {
		uint32_t h = dt_type_hash(t->dt_name);
		t->dt_hnext = tt->tt_hash[h];
		tt->tt_hash[h] = t;
	}
	return t;
}

dt_type_t *
dt_type_lookup(dt_typetab_t *tt, const char *name)
{
	for (dt_type_t *t = tt->tt_hash[dt_type_hash(name)]; t != NULL;
	    t = t->dt_hnext)
		if (strcmp(t->dt_name, name) == 0)
			return t;
	return NULL;
}

dt_type_t *
dt_type_int(dt_typetab_t *tt, const char *name, size_t size, int sign)
{
	dt_type_t *t = dt_type_new(tt, DT_TK_INT, name);
	t->dt_size = size;
	t->dt_signed = sign;
	t->dt_defined = 1;
	return t;
}

dt_type_t *
dt_type_ptr(dt_typetab_t *tt, dt_type_t *base)
{
	char name[256];

	if (base->dt_ptrto != NULL)
		return base->dt_ptrto;
	snprintf(name, sizeof(name), "%s *", base->dt_name);
	dt_type_t *t = dt_type_new(tt, DT_TK_PTR, name);
	t->dt_base = base;
	t->dt_size = 8;
	t->dt_defined = 1;
	base->dt_ptrto = t;
	return t;
}

dt_type_t *
dt_type_array(dt_typetab_t *tt, dt_type_t *base, size_t n)
{
	char name[256];

	for (dt_type_t *t = tt->tt_all; t != NULL; t = t->dt_next)
		if (t->dt_kind == DT_TK_ARRAY && t->dt_base == base &&
		    t->dt_nelems == n)
			return t;
	snprintf(name, sizeof(name), "%s [%zu]", base->dt_name, n);
	dt_type_t *t = dt_type_new(tt, DT_TK_ARRAY, name);
	t->dt_base = base;
	t->dt_nelems = n;
	t->dt_size = n * dt_type_size(base);
	t->dt_defined = 1;
	return t;
}

dt_type_t *
dt_type_typedef(dt_typetab_t *tt, const char *name, dt_type_t *target)
{
	dt_type_t *t = dt_type_new(tt, DT_TK_TYPEDEF, name);
	t->dt_base = target;
	t->dt_size = dt_type_size(target);
	t->dt_signed = target->dt_signed;
	t->dt_defined = 1;
	return t;
}

static const char *
dt_type_tagword(dt_tkind_t kind)
{
	return kind == DT_TK_STRUCT ? "struct" :
	    kind == DT_TK_UNION ? "union" : "enum";
}

dt_type_t *
dt_type_tagged(dt_typetab_t *tt, dt_tkind_t kind, const char *tag)
{
	char name[256];

	snprintf(name, sizeof(name), "%s %s", dt_type_tagword(kind), tag);
	for (dt_type_t *t = tt->tt_hash[dt_type_hash(name)]; t != NULL;
	    t = t->dt_hnext)
		if (t->dt_kind == kind && strcmp(t->dt_name, name) == 0)
			return t;
	dt_type_t *t = dt_type_new(tt, kind, name);
	if (kind == DT_TK_ENUM) {
		t->dt_size = 4;
		t->dt_signed = 1;
	}
	return t;
}

dt_type_t *
dt_type_anon(dt_typetab_t *tt, dt_tkind_t kind)
{
	char name[64];
	snprintf(name, sizeof(name), "%s <anon>", dt_type_tagword(kind));
	dt_type_t *t = dt_type_new(tt, kind, name);
	if (kind == DT_TK_ENUM) {
		t->dt_size = 4;
		t->dt_signed = 1;
	}
	return t;
}

size_t
dt_type_align(const dt_type_t *t)
{
	t = dt_type_resolve(t);
	switch (t->dt_kind) {
	case DT_TK_ARRAY:
		return dt_type_align(t->dt_base);
	case DT_TK_STRUCT:
	case DT_TK_UNION: {
		size_t a = 1;
		for (dt_member_t *m = t->dt_members; m; m = m->dm_next)
			if (dt_type_align(m->dm_type) > a)
				a = dt_type_align(m->dm_type);
		return a;
	}
	case DT_TK_STRING:
		return 1;
	case DT_TK_VOID:
	case DT_TK_FUNC:
		return 1;
	default:
		return t->dt_size ? t->dt_size : 1;
	}
}

int
dt_type_add_member(dt_typetab_t *tt, dt_type_t *su, const char *name,
    dt_type_t *mt, uint32_t bits)
{
	dt_member_t **mp, *m;
	uint32_t off = 0;

	if (name != NULL && dt_type_member(su, name) != NULL)
		return -1;
	for (mp = &su->dt_members; *mp != NULL; mp = &(*mp)->dm_next)
		;
	if (su->dt_kind == DT_TK_STRUCT) {
		/* next free bit after the last member */
		for (m = su->dt_members; m; m = m->dm_next) {
			uint32_t end = m->dm_offset + (m->dm_bits ? m->dm_bits :
			    (uint32_t)dt_type_size(m->dm_type) * 8);
			if (end > off)
				off = end;
		}
		if (bits != 0) {
			/* a bit-field may not straddle a unit of its type */
			uint32_t unit = (uint32_t)dt_type_size(mt) * 8;
			if (unit && off / unit != (off + bits - 1) / unit)
				off = (off + unit - 1) / unit * unit;
		} else {
			uint32_t a = (uint32_t)dt_type_align(mt) * 8;
			off = (off + a - 1) / a * a;
		}
	}
	m = calloc(1, sizeof(*m));
	m->dm_name = name ? strdup(name) : NULL;
	m->dm_type = mt;
	m->dm_offset = off;
	m->dm_bits = bits;
	*mp = m;
	(void)tt;
	return 0;
}

void
dt_type_add_member_at(dt_type_t *su, const char *name, dt_type_t *mt,
    uint32_t bitoff, uint32_t bits)
{
	dt_member_t **mp, *m;

	for (mp = &su->dt_members; *mp != NULL; mp = &(*mp)->dm_next)
		;
	if ((m = calloc(1, sizeof(*m))) == NULL)
		abort();
	m->dm_name = name ? strdup(name) : NULL;
	m->dm_type = mt;
	m->dm_offset = bitoff;
	m->dm_bits = bits;
	*mp = m;
}

void
dt_type_finish(dt_type_t *su)
{
	size_t size = 0, a = dt_type_align(su);

	for (dt_member_t *m = su->dt_members; m; m = m->dm_next) {
		size_t end = m->dm_bits ? (m->dm_offset + m->dm_bits + 7) / 8 :
		    m->dm_offset / 8 + dt_type_size(m->dm_type);
		if (end > size)
			size = end;
	}
	su->dt_size = (size + a - 1) / a * a;
	su->dt_defined = 1;
}

dt_member_t *
dt_type_member(const dt_type_t *su, const char *name)
{
	su = dt_type_resolve(su);
	for (dt_member_t *m = su->dt_members; m; m = m->dm_next) {
		if (m->dm_name && strcmp(m->dm_name, name) == 0)
			return m;
		/* members of anonymous struct/union members are visible */
		if (m->dm_name == NULL) {
			dt_member_t *im = dt_type_member(m->dm_type, name);
			if (im != NULL)
				return im; /* caller adds nothing: offsets of
				              anonymous members start at 0 in
				              D-declared types we create */
		}
	}
	return NULL;
}

int
dt_type_add_enum(dt_typetab_t *tt, dt_type_t *e, const char *name,
    int64_t value)
{
	dt_enumval_t **vp, *v;
	for (vp = &e->dt_enums; *vp; vp = &(*vp)->de_next)
		if (strcmp((*vp)->de_name, name) == 0)
			return -1;
	v = calloc(1, sizeof(*v));
	v->de_name = strdup(name);
	v->de_value = value;
	*vp = v;
	(void)tt;
	return 0;
}

int
dt_type_is_int(const dt_type_t *t)
{
	t = dt_type_resolve(t);
	return t && (t->dt_kind == DT_TK_INT || t->dt_kind == DT_TK_ENUM);
}

int
dt_type_is_arith(const dt_type_t *t)
{
	t = dt_type_resolve(t);
	return t && (dt_type_is_int(t) || t->dt_kind == DT_TK_FLOAT);
}

int
dt_type_is_ptr(const dt_type_t *t)
{
	t = dt_type_resolve(t);
	return t && t->dt_kind == DT_TK_PTR;
}

int
dt_type_is_sou(const dt_type_t *t)
{
	t = dt_type_resolve(t);
	return t && (t->dt_kind == DT_TK_STRUCT || t->dt_kind == DT_TK_UNION);
}

int
dt_type_is_scalar(const dt_type_t *t)
{
	return dt_type_is_arith(t) || dt_type_is_ptr(t);
}

int
dt_type_is_string(const dt_type_t *t)
{
	t = dt_type_resolve(t);
	if (t == NULL)
		return 0;
	if (t->dt_kind == DT_TK_STRING)
		return 1;
	if (t->dt_kind == DT_TK_ARRAY) {
		const dt_type_t *b = dt_type_resolve(t->dt_base);
		return b->dt_kind == DT_TK_INT && b->dt_size == 1;
	}
	return 0;
}

int
dt_type_is_void(const dt_type_t *t)
{
	t = dt_type_resolve(t);
	return t && t->dt_kind == DT_TK_VOID;
}

int
dt_type_is_signed(const dt_type_t *t)
{
	t = dt_type_resolve(t);
	return t && t->dt_kind != DT_TK_PTR && t->dt_signed;
}

size_t
dt_type_size(const dt_type_t *t)
{
	t = dt_type_resolve(t);
	return t ? t->dt_size : 0;
}

const char *
dt_type_name(const dt_type_t *t)
{
	return t ? t->dt_name : "<unknown>";
}

dt_type_t *
dt_type_promote(dt_typetab_t *tt, dt_type_t *t)
{
	const dt_type_t *r = dt_type_resolve(t);
	if (r->dt_kind == DT_TK_ENUM || (r->dt_kind == DT_TK_INT &&
	    r->dt_size < 4))
		return tt->tt_b.bt_int;
	return t;
}

/* rank of an integer type for the usual arithmetic conversions */
static int
dt_type_rank(const dt_type_t *t)
{
	return (int)dt_type_size(t);
}

dt_type_t *
dt_type_arith(dt_typetab_t *tt, dt_type_t *a, dt_type_t *b)
{
	/* as DTrace (dt_type_promote() in its parser): no promotion to int
	 * first, so char + char is a char; the higher rank wins */
	const dt_type_t *ra = dt_type_resolve(a), *rb = dt_type_resolve(b);

	if (ra->dt_kind == DT_TK_FLOAT || rb->dt_kind == DT_TK_FLOAT)
		return tt->tt_b.bt_double;
	if (ra == rb)
		return a;
	int rka = dt_type_rank(ra), rkb = dt_type_rank(rb);
	if (ra->dt_signed == rb->dt_signed)
		return rka >= rkb ? a : b;
	/* mixed signedness */
	const dt_type_t *u = ra->dt_signed ? rb : ra, *s = ra->dt_signed ? ra : rb;
	dt_type_t *ut = ra->dt_signed ? b : a, *st = ra->dt_signed ? a : b;
	if (dt_type_rank(u) >= dt_type_rank(s))
		return ut;
	if (s->dt_size > u->dt_size)
		return st;
	return ut;
}

int
dt_type_compat(const dt_type_t *to, const dt_type_t *from)
{
	to = dt_type_resolve(to);
	from = dt_type_resolve(from);
	if (to == from)
		return 0;
	if (dt_type_is_arith(to) && dt_type_is_arith(from))
		return 0;
	if (dt_type_is_string(to) && dt_type_is_string(from))
		return 0;
	if (to->dt_kind == DT_TK_PTR && from->dt_kind == DT_TK_PTR) {
		const dt_type_t *a = dt_type_resolve(to->dt_base);
		const dt_type_t *b = dt_type_resolve(from->dt_base);
		if (a == b || a->dt_kind == DT_TK_VOID ||
		    b->dt_kind == DT_TK_VOID)
			return 0;
		return -1;
	}
	/* integers may be stored in pointers and vice versa in D */
	if ((to->dt_kind == DT_TK_PTR && dt_type_is_int(from)) ||
	    (from->dt_kind == DT_TK_PTR && dt_type_is_int(to)))
		return 0;
	if ((to->dt_kind == DT_TK_STRUCT || to->dt_kind == DT_TK_UNION) &&
	    to == from)
		return 0;
	return -1;
}

const dt_btypes_t *
dt_typetab_builtins(const dt_typetab_t *tt)
{
	return &tt->tt_b;
}

dt_typetab_t *
dt_typetab_create(void)
{
	dt_typetab_t *tt = calloc(1, sizeof(*tt));
	dt_btypes_t *b = &tt->tt_b;

	b->bt_void = dt_type_new(tt, DT_TK_VOID, "void");
	b->bt_void->dt_defined = 1;
	b->bt_char = dt_type_int(tt, "char", 1, 1);
	dt_type_int(tt, "signed char", 1, 1);
	b->bt_uchar = dt_type_int(tt, "unsigned char", 1, 0);
	b->bt_short = dt_type_int(tt, "short", 2, 1);
	b->bt_ushort = dt_type_int(tt, "unsigned short", 2, 0);
	b->bt_int = dt_type_int(tt, "int", 4, 1);
	b->bt_uint = dt_type_int(tt, "unsigned int", 4, 0);
	b->bt_long = dt_type_int(tt, "long", 8, 1);
	b->bt_ulong = dt_type_int(tt, "unsigned long", 8, 0);
	b->bt_llong = dt_type_int(tt, "long long", 8, 1);
	b->bt_ullong = dt_type_int(tt, "unsigned long long", 8, 0);
	b->bt_bool = dt_type_int(tt, "_Bool", 1, 0);
	b->bt_float = dt_type_new(tt, DT_TK_FLOAT, "float");
	b->bt_float->dt_size = 4;
	b->bt_double = dt_type_new(tt, DT_TK_FLOAT, "double");
	b->bt_double->dt_size = 8;
	dt_type_t *ld = dt_type_new(tt, DT_TK_FLOAT, "long double");
	ld->dt_size = 16;
	b->bt_string = dt_type_new(tt, DT_TK_STRING, "string");
	b->bt_string->dt_defined = 1;

	b->bt_int8 = dt_type_typedef(tt, "int8_t", b->bt_char);
	b->bt_uint8 = dt_type_typedef(tt, "uint8_t", b->bt_uchar);
	b->bt_int16 = dt_type_typedef(tt, "int16_t", b->bt_short);
	b->bt_uint16 = dt_type_typedef(tt, "uint16_t", b->bt_ushort);
	b->bt_int32 = dt_type_typedef(tt, "int32_t", b->bt_int);
	b->bt_uint32 = dt_type_typedef(tt, "uint32_t", b->bt_uint);
	b->bt_int64 = dt_type_typedef(tt, "int64_t", b->bt_long);
	b->bt_uint64 = dt_type_typedef(tt, "uint64_t", b->bt_ulong);
	b->bt_uintptr = dt_type_typedef(tt, "uintptr_t", b->bt_ulong);
	dt_type_typedef(tt, "intptr_t", b->bt_long);
	b->bt_size = dt_type_typedef(tt, "size_t", b->bt_ulong);
	dt_type_typedef(tt, "ssize_t", b->bt_long);
	dt_type_typedef(tt, "ptrdiff_t", b->bt_long);
	dt_type_typedef(tt, "off_t", b->bt_long);
	dt_type_typedef(tt, "off64_t", b->bt_long);
	dt_type_typedef(tt, "time_t", b->bt_long);
	dt_type_typedef(tt, "hrtime_t", b->bt_llong);
	dt_type_typedef(tt, "longlong_t", b->bt_llong);
	dt_type_typedef(tt, "u_longlong_t", b->bt_ullong);
	dt_type_typedef(tt, "uchar_t", b->bt_uchar);
	dt_type_typedef(tt, "ushort_t", b->bt_ushort);
	dt_type_typedef(tt, "uint_t", b->bt_uint);
	dt_type_typedef(tt, "ulong_t", b->bt_ulong);
	dt_type_typedef(tt, "boolean_t", b->bt_int);
	dt_type_typedef(tt, "bool", b->bt_bool);
	b->bt_pid = dt_type_typedef(tt, "pid_t", b->bt_int);
	b->bt_uid = dt_type_typedef(tt, "uid_t", b->bt_uint);
	b->bt_gid = dt_type_typedef(tt, "gid_t", b->bt_uint);
	b->bt_id = dt_type_typedef(tt, "id_t", b->bt_int);
	dt_type_typedef(tt, "zoneid_t", b->bt_int);
	dt_type_typedef(tt, "dev_t", b->bt_ulong);
	dt_type_typedef(tt, "mode_t", b->bt_uint);
	b->bt_processorid = dt_type_typedef(tt, "processorid_t", b->bt_int);
	b->bt_voidp = dt_type_ptr(tt, b->bt_void);
	b->bt_charp = dt_type_ptr(tt, b->bt_char);
	dt_type_typedef(tt, "caddr_t", b->bt_charp);
	dt_type_t *task = dt_type_tagged(tt, DT_TK_STRUCT, "task_struct");
	b->bt_kthreadp = dt_type_ptr(tt, task);
	dt_type_typedef(tt, "kthread_t", task);
	/* stack() and ustack() values: 64-bit handles that print as stacks */
	b->bt_stack = dt_type_int(tt, "stack", 8, 0);
	b->bt_ustack = dt_type_int(tt, "ustack", 8, 0);
	b->bt_symaddr = dt_type_int(tt, "_symaddr", 8, 0);
	b->bt_modaddr = dt_type_int(tt, "_modaddr", 8, 0);
	b->bt_usymaddr = dt_type_int(tt, "_usymaddr", 8, 0);
	b->bt_umodaddr = dt_type_int(tt, "_umodaddr", 8, 0);
	b->bt_uaddr = dt_type_int(tt, "_uaddr", 8, 0);
	return tt;
}

void
dt_typetab_destroy(dt_typetab_t *tt)
{
	if (tt == NULL)
		return;
	dt_type_t *t = tt->tt_all;
	while (t != NULL) {
		dt_type_t *n = t->dt_next;
		for (dt_member_t *m = t->dt_members, *mn; m; m = mn) {
			mn = m->dm_next;
			free(m->dm_name);
			free(m);
		}
		for (dt_enumval_t *e = t->dt_enums, *en; e; e = en) {
			en = e->de_next;
			free(e->de_name);
			free(e);
		}
		free(t->dt_name);
		free(t);
		t = n;
	}
	free(tt);
}

int
dt_type_stack(const dt_type_t *t)
{
	t = dt_type_resolve(t);
	if (t == NULL || t->dt_kind != DT_TK_INT || t->dt_name == NULL)
		return 0;
	return strcmp(t->dt_name, "stack") == 0 ? 1 :
	    strcmp(t->dt_name, "ustack") == 0 ? 2 :
	    strcmp(t->dt_name, "_symaddr") == 0 ? 3 :
	    strcmp(t->dt_name, "_modaddr") == 0 ? 4 :
	    strcmp(t->dt_name, "_usymaddr") == 0 ? 5 :
	    strcmp(t->dt_name, "_umodaddr") == 0 ? 6 :
	    strcmp(t->dt_name, "_uaddr") == 0 ? 7 : 0;
}
