/*
 * dt_types.h -- D's type system.
 *
 * A dt_type describes one C/D type: integers of 1/2/4/8 bytes, pointers,
 * arrays, structs/unions/enums declared in D, D's string type, void and
 * float/double.  Types are interned in the handle's type table, so two
 * uses of "int" share one dt_type and can be compared by pointer after
 * dt_type_resolve() (which strips typedefs).  Typedefs are types of kind
 * DT_TK_TYPEDEF whose dt_base is the real type; they keep the name the user
 * wrote for messages.
 */
#ifndef DT_TYPES_H
#define DT_TYPES_H

#include <stddef.h>
#include <stdint.h>

typedef enum dt_tkind {
	DT_TK_VOID,
	DT_TK_INT,      /* includes char and _Bool */
	DT_TK_FLOAT,
	DT_TK_STRING,   /* D's string: a char[strsize] value */
	DT_TK_PTR,
	DT_TK_ARRAY,
	DT_TK_STRUCT,
	DT_TK_UNION,
	DT_TK_ENUM,
	DT_TK_FUNC,
	DT_TK_TYPEDEF,
} dt_tkind_t;

typedef struct dt_member {
	char *dm_name;
	struct dt_type *dm_type;
	uint32_t dm_offset;          /* in bits */
	uint32_t dm_bits;            /* bit-field width, 0 if not a bit-field */
	struct dt_member *dm_next;
} dt_member_t;

typedef struct dt_enumval {
	char *de_name;
	int64_t de_value;
	struct dt_enumval *de_next;
} dt_enumval_t;

typedef struct dt_type {
	dt_tkind_t dt_kind;
	char *dt_name;               /* "int", "struct foo", "char *", typedef name */
	size_t dt_size;              /* bytes; 0 for void, incomplete types */
	int dt_signed;               /* INT/ENUM */
	int dt_defined;              /* STRUCT/UNION/ENUM: members known */
	int dt_user;                 /* PTR: points into user space */
	struct dt_type *dt_base;     /* PTR/ARRAY: element; TYPEDEF: target */
	size_t dt_nelems;            /* ARRAY */
	dt_member_t *dt_members;     /* STRUCT/UNION */
	dt_enumval_t *dt_enums;      /* ENUM */
	uint32_t dt_btfid;           /* STRUCT/UNION: kernel BTF type id
	                                whose members it gets, or 0 */
	struct dt_type *dt_next;     /* type table chain */
	struct dt_type *dt_hnext;    /* name hash chain (not PTR/ARRAY) */
	struct dt_type *dt_ptrto;    /* the pointer to this type, once made */
} dt_type_t;

typedef struct dt_typetab dt_typetab_t;

dt_typetab_t *dt_typetab_create(void);
void dt_typetab_destroy(dt_typetab_t *);

/* Well-known types, always present. */
typedef struct dt_btypes {
	dt_type_t *bt_void, *bt_char, *bt_uchar, *bt_short, *bt_ushort;
	dt_type_t *bt_int, *bt_uint, *bt_long, *bt_ulong, *bt_llong, *bt_ullong;
	dt_type_t *bt_int8, *bt_uint8, *bt_int16, *bt_uint16, *bt_int32;
	dt_type_t *bt_uint32, *bt_int64, *bt_uint64, *bt_string, *bt_voidp;
	dt_type_t *bt_charp, *bt_float, *bt_double, *bt_pid, *bt_uid, *bt_gid;
	dt_type_t *bt_id, *bt_processorid, *bt_uintptr, *bt_size, *bt_kthreadp;
	dt_type_t *bt_bool;
	dt_type_t *bt_stack, *bt_ustack;  /* stack(), ustack() values */
	dt_type_t *bt_symaddr, *bt_modaddr; /* sym()/func(), mod() values */
	dt_type_t *bt_usymaddr, *bt_umodaddr, *bt_uaddr; /* usym(), umod(),
	                                       uaddr(): with the process */
} dt_btypes_t;

const dt_btypes_t *dt_typetab_builtins(const dt_typetab_t *);

/* Lookup by spelled name: "int", "unsigned long", "uint64_t", "struct foo". */
dt_type_t *dt_type_lookup(dt_typetab_t *, const char *name);
dt_type_t *dt_type_int(dt_typetab_t *, const char *name, size_t size, int sign);
dt_type_t *dt_type_ptr(dt_typetab_t *, dt_type_t *base);
dt_type_t *dt_type_array(dt_typetab_t *, dt_type_t *base, size_t n);
dt_type_t *dt_type_typedef(dt_typetab_t *, const char *name, dt_type_t *target);
/* struct/union/enum by tag; created incomplete if absent */
dt_type_t *dt_type_tagged(dt_typetab_t *, dt_tkind_t kind, const char *tag);
dt_type_t *dt_type_anon(dt_typetab_t *, dt_tkind_t kind);
int dt_type_add_member(dt_typetab_t *, dt_type_t *su, const char *name,
    dt_type_t *mt, uint32_t bits);   /* lays out like C; -1 if duplicate */
/* a member at a given bit offset, as a compiler laid it out (BTF) */
void dt_type_add_member_at(dt_type_t *su, const char *name, dt_type_t *mt,
    uint32_t bitoff, uint32_t bits);
void dt_type_finish(dt_type_t *su);  /* final size/alignment */
dt_member_t *dt_type_member(const dt_type_t *su, const char *name);
int dt_type_add_enum(dt_typetab_t *, dt_type_t *e, const char *name,
    int64_t value);

static inline const dt_type_t *
dt_type_resolve(const dt_type_t *t)
{
	while (t != NULL && t->dt_kind == DT_TK_TYPEDEF)
		t = t->dt_base;
	return t;
}

int dt_type_is_int(const dt_type_t *);     /* INT or ENUM */
int dt_type_is_arith(const dt_type_t *);   /* int, enum, float */
int dt_type_is_scalar(const dt_type_t *);  /* arith or pointer */
int dt_type_is_string(const dt_type_t *);  /* string or char array */
int dt_type_is_ptr(const dt_type_t *);
int dt_type_is_sou(const dt_type_t *);     /* struct or union */
/* values printed specially: 1 stack(), 2 ustack(), 3 sym()/func(),
 * 4 mod(), 5 usym()/ufunc(), 6 umod(), 7 uaddr(); 0 anything else.
 * Kinds 5-7 are recorded with the process: 16 bytes, address then pid. */
#define DT_STK_ISUSER(k) ((k) >= 5)
int dt_type_stack(const dt_type_t *);
int dt_type_is_void(const dt_type_t *);
int dt_type_is_signed(const dt_type_t *);
size_t dt_type_size(const dt_type_t *);
size_t dt_type_align(const dt_type_t *);
const char *dt_type_name(const dt_type_t *);
/* C's usual arithmetic conversions and integer promotions */
dt_type_t *dt_type_promote(dt_typetab_t *, dt_type_t *);
dt_type_t *dt_type_arith(dt_typetab_t *, dt_type_t *, dt_type_t *);
/* assignment compatibility: 0 if a value of type 'from' may be stored in 'to' */
int dt_type_compat(const dt_type_t *to, const dt_type_t *from);

#endif /* DT_TYPES_H */
