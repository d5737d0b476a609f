/*
 * dt_sema.c -- the semantic pass: types, identifiers and D's rules.
 *
 * Input: a DT_NODE_PROG straight from the parser.  Output: the same tree
 * with every expression's dn_type set, identifiers bound (dn_ident),
 * constants folded where D requires constants, and the program's clauses
 * appended to the handle's clause list.  Errors longjmp out through
 * dt_cerror() with a D_* tag and DTrace's message.
 *
 * Order matters and is D's: the program is checked top to bottom, so a
 * variable's type is fixed by its first declaration or assignment, and a
 * read that comes before any of those is an error.
 *
 * Invariants after this pass, relied on by cg/dt_cg.c:
 *  - dn_type is non-NULL for every expression node;
 *  - DT_NF_CONST nodes carry their value in dn_value;
 *  - user variables have storage (di_offset or di_map) assigned;
 *  - $macros have been replaced by INT/STRING/IDENT nodes.
 */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>
#include <errno.h>
#include "../lib/dt_impl.h"
#include "../consume/dt_printf.h"
#include "../consume/dt_sym.h"
#include "dt_sema.h"
#include "dt_btf.h"

typedef struct dt_sctx {
	dtrace_hdl_t *sc_dtp;
	dt_pcb_t *sc_pcb;
	dt_clause_t *sc_clause;
	const dt_btypes_t *sc_bt;
	int sc_loops;
	int sc_conds;                /* if statements around */
	int sc_lhs;          /* cooking the left side of an assignment */
	int sc_addrof;       /* cooking the operand of unary & */
	const char *sc_creating;     /* x of x = e, while e is cooked */
} dt_sctx_t;

#define SERR(sc, n, tag, ...) \
	dt_cerror((sc)->sc_pcb, (n) ? (n)->dn_line : 0, tag, __VA_ARGS__)

static void dt_sema_expr(dt_sctx_t *, dt_node_t *);
static void dt_sema_stmts(dt_sctx_t *, dt_node_t *);
static void dt_sema_tpfield(dt_sctx_t *, dt_node_t *);
static void dt_sema_ptrindex(dt_sctx_t *, dt_node_t *);
static void dt_sema_args(dt_sctx_t *, dt_node_t *);
static int dt_sema_inmem(const dt_node_t *);

/* A format with %A resolves user addresses of the -c/-p process: keep its
 * symbols readable after it exits, as ustack() does. */
static void
dt_sema_pfuser(dtrace_hdl_t *dtp, const dt_pfmt_t *pf)
{
	for (int i = 0; pf != NULL && i < pf->pf_nconv; i++)
		if (pf->pf_convs[i].pfc_conv == 'A')
			dtp->dt_use_stacks |= 4;
}

/* ---- helpers ------------------------------------------------------------ */

/* a value recorded as its bytes: a struct, union or array (not a string) */
static int
dt_sema_isbytes(const dt_type_t *t)
{
	t = dt_type_resolve(t);
	return dt_type_is_sou(t) || (t->dt_kind == DT_TK_ARRAY &&
	    !dt_type_is_string(t));
}

static const char *
dt_sema_opname(dt_token_t op)
{
	return dt_token_name(op);
}

static int
dt_sema_isconst(const dt_node_t *n)
{
	return n->dn_flags & DT_NF_CONST;
}

/* A D-type name for messages: D prints "string", "int", "char *" ... */
static const char *
tn(const dt_node_t *n)
{
	return dt_type_name(n->dn_type);
}

/* DTrace's name for the kind of an identifier (dt_idkind_name()). */
static const char *
dt_sema_kindname(const dt_ident_t *id)
{
	switch (id->di_kind) {
	case DT_IDK_ARRAY:
		return "associative array";
	case DT_IDK_FUNC:
		return DT_FN_ISAGG(id->di_id) ? "aggregating function" :
		    "tracing function";
	case DT_IDK_ENUM:
		return dt_type_resolve(id->di_type)->dt_kind == DT_TK_ENUM ?
		    "enumerator" : "scalar";
	case DT_IDK_AGG:
		return "aggregation";
	default:
		return "scalar";
	}
}

int
dt_sema_istype(void *arg, const char *name)
{
	dtrace_hdl_t *dtp = arg;
	dt_type_t *t = dt_type_lookup(dtp->dt_types, name);
	return t != NULL && t->dt_kind == DT_TK_TYPEDEF;
}

int
dt_sema_iskerntype(void *arg, const char *name)
{
	dtrace_hdl_t *dtp = arg;
	if (dt_ident_builtin(name) != NULL || dt_ident_func(name) != NULL ||
	    dt_ident_lookup(dtp, DT_IDS_GLOBAL, name) != NULL)
		return 0;
	dt_type_t *t = dt_btf_lookup(dtp, name);   /* u64, blk_opf_t */
	return t != NULL && t->dt_kind == DT_TK_TYPEDEF;
}

/* A type by name: D's and the program's first, then the kernel's. */
static dt_type_t *
dt_sema_typename(dtrace_hdl_t *dtp, const char *name)
{
	dt_type_t *t = dt_type_lookup(dtp->dt_types, name);
	const char *q;

	if (t == NULL && (q = strchr(name, '`')) != NULL)
		t = dt_type_lookup(dtp->dt_types, q + 1);
	return t != NULL ? t : dt_btf_lookup(dtp, name);
}

/* Truncate / extend a folded constant to its type. */
static uint64_t
dt_sema_fit(const dt_type_t *t, uint64_t v)
{
	size_t sz = dt_type_size(t);
	if (!dt_type_is_int(t) || sz >= 8 || sz == 0)
		return v;
	uint64_t mask = (1ULL << (sz * 8)) - 1;
	v &= mask;
	if (dt_type_is_signed(t) && (v & (1ULL << (sz * 8 - 1))))
		v |= ~mask;
	return v;
}

/* Type of an integer constant by C's rules (6.4.4.1). */
static dt_type_t *
dt_sema_inttype(dt_sctx_t *sc, dt_node_t *n)
{
	const dt_btypes_t *b = sc->sc_bt;
	uint64_t v = n->dn_value;
	int u = n->dn_intsuffix & DT_INT_U;
	int dec = n->dn_intsuffix & DT_INT_DEC;

	if (n->dn_intsuffix & DT_INT_CHAR)
		return b->bt_char == NULL ? b->bt_int : b->bt_int;
	if (!(n->dn_intsuffix & (DT_INT_L | DT_INT_LL))) {
		if (!u && v <= INT32_MAX)
			return b->bt_int;
		if ((u || !dec) && v <= UINT32_MAX)
			return b->bt_uint;
	}
	if (!(n->dn_intsuffix & DT_INT_LL)) {
		if (!u && v <= INT64_MAX)
			return b->bt_long;
		if (u || !dec)
			return b->bt_ulong;
	}
	if (!u && v <= INT64_MAX)
		return b->bt_llong;
	return b->bt_ullong;
}

/* ---- declarations --------------------------------------------------------- */

static int64_t dt_sema_constexpr(dt_sctx_t *, dt_node_t *, const char *msg);

#define DT_SEMA_ARRSUB "positive integral constant expression or tuple " \
	"signature expected as array declaration subscript"

static dt_type_t *
dt_sema_basetype(dt_sctx_t *sc, dt_decl_t *d)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	char name[128];
	const char *base = d->dd_name ? d->dd_name : "int";
	int a = d->dd_attr;

	if (strcmp(base, "int") == 0 || strcmp(base, "char") == 0) {
		const char *sz = "";
		if (a & DT_DA_SHORT)
			sz = "short";
		else if (a & DT_DA_LONGLONG)
			sz = "long long";
		else if (a & DT_DA_LONG)
			sz = "long";
		if (strcmp(base, "char") == 0) {
			if (*sz != '\0')
				dt_cerror(sc->sc_pcb, d->dd_line, D_DECL_COMBO,
				    "invalid type combination");
			snprintf(name, sizeof(name), "%schar",
			    (a & DT_DA_UNSIGNED) ? "unsigned " :
			    (a & DT_DA_SIGNED) ? "signed " : "");
		} else {
			snprintf(name, sizeof(name), "%s%s",
			    (a & DT_DA_UNSIGNED) ? "unsigned " : "",
			    *sz ? sz : "int");
		}
	} else if (strcmp(base, "double") == 0 && (a & DT_DA_LONG)) {
		snprintf(name, sizeof(name), "long double");
	} else {
		if (a & (DT_DA_SIGNED | DT_DA_UNSIGNED | DT_DA_SHORT |
		    DT_DA_LONG | DT_DA_LONGLONG))
			dt_cerror(sc->sc_pcb, d->dd_line, D_DECL_COMBO,
			    "invalid type combination");
		snprintf(name, sizeof(name), "%s", base);
	}
	dt_type_t *t = dt_sema_typename(dtp, name);
	if (t == NULL)
		dt_cerror(sc->sc_pcb, d->dd_line, D_UNKNOWN,
		    "internal error: type %s is not defined", name);
	return t;
}

static dt_type_t *
dt_sema_sutype(dt_sctx_t *sc, dt_decl_t *d)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	dt_tkind_t k = d->dd_kind == DT_DK_STRUCT ? DT_TK_STRUCT :
	    d->dd_kind == DT_DK_UNION ? DT_TK_UNION : DT_TK_ENUM;
	/* struct vmlinux`task_struct names the kernel's struct task_struct */
	const char *tag = d->dd_name && strchr(d->dd_name, '`') ?
	    strchr(d->dd_name, '`') + 1 : d->dd_name;
	dt_type_t *t = tag ? dt_type_tagged(dtp->dt_types, k, tag) :
	    dt_type_anon(dtp->dt_types, k);

	if (!d->dd_defined)
		return t;
	if (t->dt_defined)
		dt_cerror(sc->sc_pcb, d->dd_line, D_DECL_TYPERED,
		    "type redeclared: %s", t->dt_name);
	if (k == DT_TK_ENUM) {
		int64_t next = 0;
		for (dt_node_t *e = d->dd_members; e; e = e->dn_list) {
			if (e->dn_left != NULL)
{
				char msg[256];
				snprintf(msg, sizeof(msg), "enumerator '%s' must be "
				    "assigned to an integral constant expression",
				    e->dn_name);
				next = dt_sema_constexpr(sc, e->dn_left, msg);
			}
			if (dt_type_add_enum(dtp->dt_types, t, e->dn_name,
			    next) != 0 || dt_ident_lookup(dtp, DT_IDS_GLOBAL,
			    e->dn_name) != NULL)
				dt_cerror(sc->sc_pcb, e->dn_line, D_DECL_IDRED,
				    "identifier redeclared: %s", e->dn_name);
			dt_ident_t *id = dt_ident_add(dtp, DT_IDS_GLOBAL,
			    e->dn_name, DT_IDK_ENUM, t, e->dn_line);
			id->di_value = next++;
		}
		t->dt_defined = 1;
		return t;
	}
	for (dt_node_t *m = d->dd_members; m; m = m->dn_list) {
		dt_type_t *mt = dt_sema_decl_type(dtp, sc->sc_pcb, m->dn_decl);
		if (dt_type_size(mt) == 0 && dt_type_resolve(mt)->dt_kind !=
		    DT_TK_ARRAY)
			dt_cerror(sc->sc_pcb, m->dn_line, D_DECL_VOIDOBJ,
			    dt_type_is_void(mt) ? "cannot have void member: %s" :
			    "incomplete struct/union/enum %2$s: %1$s",
			    m->dn_name ? m->dn_name : "(anon)", dt_type_name(mt));
		if (dt_type_add_member(dtp->dt_types, t, m->dn_name, mt,
		    m->dn_bits) != 0)
			dt_cerror(sc->sc_pcb, m->dn_line, D_DECL_IDRED,
			    "identifier redeclared: %s", m->dn_name);
	}
	dt_type_finish(t);
	return t;
}

dt_type_t *
dt_sema_decl_type(dtrace_hdl_t *dtp, dt_pcb_t *pcb, dt_decl_t *d)
{
	dt_sctx_t local = { dtp, pcb, NULL, dt_typetab_builtins(dtp->dt_types),
	    0, 0 };
	dt_sctx_t *sc = &local;
	dt_type_t *t;

	switch (d->dd_kind) {
	case DT_DK_BASE:
		return dt_sema_basetype(sc, d);
	case DT_DK_TYPEDEF:
		t = dt_sema_typename(dtp, d->dd_name);
		if (t == NULL)
			dt_cerror(pcb, d->dd_line, D_UNKNOWN,
			    "internal error: type %s is not defined", d->dd_name);
		return t;
	case DT_DK_STRUCT:
	case DT_DK_UNION:
	case DT_DK_ENUM:
		return dt_sema_sutype(sc, d);
	case DT_DK_PTR:
		return dt_type_ptr(dtp->dt_types,
		    dt_sema_decl_type(dtp, pcb, d->dd_next));
	case DT_DK_ARRAY: {
		dt_type_t *base = dt_sema_decl_type(dtp, pcb, d->dd_next);
		if (d->dd_dim == NULL || d->dd_dim->dn_kind == DT_NODE_DECL)
			dt_cerror(pcb, d->dd_line, D_DECL_ARRSUB,
			    "cannot declare array of associative arrays");
		int64_t n = dt_sema_constexpr(sc, d->dd_dim, DT_SEMA_ARRSUB);
		if (n <= 0)
			dt_cerror(pcb, d->dd_line, D_DECL_ARRSUB, "%s",
			    DT_SEMA_ARRSUB);
		return dt_type_array(dtp->dt_types, base, (size_t)n);
	}
	case DT_DK_FUNC:
		dt_cerror(pcb, d->dd_line, D_DECL_BADCLASS,
		    "function declarations are not supported");
	}
	return NULL;
}

/* Storage for a new user variable. */
static void
dt_sema_alloc(dt_sctx_t *sc, dt_ident_t *id)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	size_t size, align;

	if (dt_type_is_string(id->di_type) &&
	    dt_type_resolve(id->di_type)->dt_kind == DT_TK_STRING) {
		size = DT_STRBUF(dtp);
		align = 8;
	} else {
		if (dt_type_is_sou(id->di_type))
			dt_btf_complete(dtp, id->di_type);
		size = dt_type_size(id->di_type);
		align = dt_type_align(id->di_type);
		if (align < 8 && size >= 8)
			align = 8;
	}
	if (size == 0)
		dt_cerror(sc->sc_pcb, id->di_line, D_DECL_VOIDOBJ,
		    "cannot have void object: %s", id->di_name);
	/* structs and unions are held whole, in map values */
	if (dt_type_is_sou(id->di_type) && size > DT_VAR_MAXSIZE)
		dt_cerror(sc->sc_pcb, id->di_line, D_CG_TOOBIG, "%s%s of type "
		    "%s: its %zu bytes exceed the %d a D variable may hold",
		    id->di_scope == DT_IDS_SELF ? "self->" : id->di_scope ==
		    DT_IDS_THIS ? "this->" : "", id->di_name,
		    dt_type_name(id->di_type), size, DT_VAR_MAXSIZE);

	if (id->di_kind == DT_IDK_SCALAR && id->di_scope != DT_IDS_SELF) {
		/* clause-local structs have an area of their own, beyond the
		 * reach of 16-bit offsets (cg/dt_cg_ref.c) */
		uint32_t *area = id->di_scope == DT_IDS_GLOBAL ?
		    &dtp->dt_globsize : dt_type_is_sou(id->di_type) ?
		    &dtp->dt_thisfar : &dtp->dt_thissize;
		*area = (*area + align - 1) & ~(uint32_t)(align - 1);
		id->di_offset = *area;
		*area += (uint32_t)size;
		return;
	}

	/* dynamic variables: one hash map each; key is tid and/or tuple */
	uint32_t keysize = id->di_scope == DT_IDS_SELF ? 8 : 0;
	for (int i = 0; i < id->di_nkeys; i++) {
		if (dt_type_is_string(id->di_keys[i]))
			keysize += (DT_STRBUF(dtp) + 7) & ~7u;
		else
			keysize += 8;
	}
	if (keysize == 0)
		keysize = 8;
	dtp->dt_dvars = realloc(dtp->dt_dvars, sizeof(dt_dvarmap_t) *
	    (dtp->dt_ndvars + 1));
	dt_dvarmap_t *dm = &dtp->dt_dvars[dtp->dt_ndvars];
	memset(dm, 0, sizeof(*dm));
	dm->dm_fd = -1;
	dm->dm_keysize = keysize;
	dm->dm_valsize = (uint32_t)((size + 7) & ~7);
	dm->dm_ident = id;
	id->di_map = dtp->dt_ndvars++;
	id->di_keysize = keysize;
}

static dt_ident_t *
dt_sema_declare(dt_sctx_t *sc, dt_idscope_t scope, const char *name,
    dt_idkind_t kind, dt_type_t *type, dt_node_t *keys, int line)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	dt_ident_t *id = dt_ident_add(dtp, scope, name, kind, type, line);

	for (dt_node_t *k = keys; k != NULL; k = k->dn_list) {
		if (id->di_nkeys == DT_MAX_KEYS)
			dt_cerror(sc->sc_pcb, line, D_ARR_BADREF,
			    "too many keys in associative array %s", name);
		id->di_keys[id->di_nkeys++] = k->dn_type;
	}
	dt_sema_alloc(sc, id);
	return id;
}

static void
dt_sema_decl(dt_sctx_t *sc, dt_node_t *n)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	dt_decl_t *d = n->dn_decl;
	dt_idscope_t scope = n->dn_dstorage == DT_DS_SELF ? DT_IDS_SELF :
	    n->dn_dstorage == DT_DS_THIS ? DT_IDS_THIS : DT_IDS_GLOBAL;
	dt_node_t *keys = NULL;

	/* associative array declarator: int a[int, string] */
	if (d != NULL && d->dd_kind == DT_DK_ARRAY && d->dd_dim != NULL &&
	    d->dd_dim->dn_kind == DT_NODE_DECL) {
		keys = d->dd_dim;
		for (dt_node_t *k = keys; k; k = k->dn_list)
			k->dn_type = dt_sema_decl_type(dtp, sc->sc_pcb,
			    k->dn_decl);
		d = d->dd_next;
	}
	dt_type_t *t = dt_sema_decl_type(dtp, sc->sc_pcb, d);

	if (n->dn_name == NULL)
		return;                    /* struct/enum definition only */

	if (n->dn_dstorage == DT_DS_TYPEDEF) {
		dt_type_t *old = dt_type_lookup(dtp->dt_types, n->dn_name);
		if (old != NULL)
			SERR(sc, n, D_DECL_IDRED, "identifier redeclared: %s",
			    n->dn_name);
		dt_type_typedef(dtp->dt_types, n->dn_name, t);
		return;
	}
	if (n->dn_dstorage == DT_DS_STATIC || n->dn_dstorage == DT_DS_AUTO ||
	    n->dn_dstorage == DT_DS_REGISTER)
		SERR(sc, n, D_DECL_BADCLASS, "specified storage class not "
		    "appropriate in D");
	if (n->dn_dstorage == DT_DS_EXTERN)
		SERR(sc, n, D_DECL_BADCLASS,
		    "extern declarations of kernel symbols are not supported "
		    "yet: %s", n->dn_name);
	if (dt_type_is_void(t))
		SERR(sc, n, D_DECL_VOIDOBJ, "cannot have void object: %s",
		    n->dn_name);

	dt_ident_t *old = dt_ident_lookup(dtp, scope, n->dn_name);
	if (old == NULL && scope == DT_IDS_GLOBAL &&
	    dt_ident_builtin(n->dn_name) != NULL)
		SERR(sc, n, D_DECL_IDRED, "built-in identifier redeclared: %s",
		    n->dn_name);
	if (old != NULL) {
		int nk = dt_node_count(keys), i = 0;
		const char *ck = keys ? "associative array" : "scalar";
		if (keys != NULL && old->di_kind == DT_IDK_ARRAY &&
		    dt_type_compat(t, old->di_type) == 0) {
			for (dt_node_t *k = keys; k && i < old->di_nkeys;
			    k = k->dn_list, i++)
				if (dt_type_compat(k->dn_type, old->di_keys[i]))
					SERR(sc, n, D_DECL_IDRED, "identifier "
					    "redeclared: %s\n\t current: %s, key #%d "
					    "of type %s\n\tprevious: %s, key #%d of "
					    "type %s", n->dn_name, ck, i + 1,
					    dt_type_name(k->dn_type), ck, i + 1,
					    dt_type_name(old->di_keys[i]));
			if (nk != old->di_nkeys)
				SERR(sc, n, D_DECL_IDRED, "identifier redeclared: "
				    "%s\n\t current: %s of %s, tuple length %d\n"
				    "\tprevious: %s of %s, tuple length %d",
				    n->dn_name, ck, dt_type_name(t), nk, ck,
				    dt_type_name(old->di_type), old->di_nkeys);
		}
		/* as DTrace: declaring it again the same way is fine */
		if (dt_type_resolve(t) == dt_type_resolve(old->di_type) &&
		    ((keys == NULL && old->di_kind == DT_IDK_SCALAR) ||
		    (keys != NULL && old->di_kind == DT_IDK_ARRAY)))
			return;
		SERR(sc, n, D_DECL_IDRED, "identifier redeclared: %s\n\t "
		    "current: %s %s\n\tprevious: %s %s", n->dn_name, ck,
		    dt_type_name(t), dt_sema_kindname(old),
		    dt_type_name(old->di_type));
	}
	if (scope == DT_IDS_THIS && keys != NULL)
		SERR(sc, n, D_DECL_BADCLASS,
		    "associative arrays may not be declared as local "
		    "variables: %s", n->dn_name);
	dt_ident_t *id = dt_sema_declare(sc, scope, n->dn_name,
	    keys ? DT_IDK_ARRAY : DT_IDK_SCALAR, t, keys, n->dn_line);
	id->di_flags |= DT_IDF_DECL;
	if (n->dn_left != NULL)
		SERR(sc, n, D_DECL_BADCLASS,
		    "initializers are not permitted in declarations of %s",
		    n->dn_name);
}

/* ---- expressions ---------------------------------------------------------- */

static int64_t
dt_sema_constexpr(dt_sctx_t *sc, dt_node_t *n, const char *msg)
{
	dt_sema_expr(sc, n);
	if (!dt_sema_isconst(n) || !dt_type_is_int(n->dn_type))
		SERR(sc, n, D_DECL_ARRSUB, "%s", msg);
	return (int64_t)n->dn_value;
}

static void
dt_sema_setconst(dt_node_t *n, dt_type_t *t, uint64_t v)
{
	n->dn_type = t;
	n->dn_flags |= DT_NF_CONST;
	n->dn_value = dt_sema_fit(t, v);
}

/* Replace a $macro reference by what it stands for. */
/* macro errors come from the lexer in DTrace: no region in the message */
#define MERR(sc, n, tag, ...) do { \
	(sc)->sc_pcb->pcb_region = NULL; \
	SERR(sc, n, tag, __VA_ARGS__); \
} while (0)

static void
dt_sema_macro(dt_sctx_t *sc, dt_node_t *n)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	const char *name = n->dn_name;
	char *end;

	if (n->dn_scope == DT_SCOPE_MACRO) {
		uint64_t v;
		if (strcmp(name, "pid") == 0)
			v = (uint64_t)getpid();
		else if (strcmp(name, "ppid") == 0)
			v = (uint64_t)getppid();
		else if (strcmp(name, "uid") == 0)
			v = getuid();
		else if (strcmp(name, "gid") == 0)
			v = getgid();
		else if (strcmp(name, "euid") == 0)
			v = geteuid();
		else if (strcmp(name, "egid") == 0)
			v = getegid();
		else if (strcmp(name, "pgid") == 0)
			v = (uint64_t)getpgid(0);
		else if (strcmp(name, "sid") == 0)
			v = (uint64_t)getsid(0);
		else if (strcmp(name, "target") == 0)
			v = (uint64_t)dtp->dt_target;
		else
			goto positional;
		n->dn_kind = DT_NODE_INT;
		n->dn_value = v;
		n->dn_intsuffix = DT_INT_DEC;
		return;
	}
positional:;
	long idx = strtol(name, &end, 10);
	if (*end != '\0' || idx < 0 || *name == '\0')
		MERR(sc, n, D_MACRO_UNDEF, "macro variable %s%s is not defined",
		    n->dn_scope == DT_SCOPE_MACROSTR ? "$$" : "$", name);
	if (idx >= dtp->dt_argc) {
		if (!dtp->dt_opts.do_defaultargs)
			MERR(sc, n, D_MACRO_UNDEF, "macro argument %s%s is not "
			    "defined", n->dn_scope == DT_SCOPE_MACROSTR ?
			    "$$" : "$", name);
		if (n->dn_scope == DT_SCOPE_MACROSTR) {
			n->dn_kind = DT_NODE_STRING;
			n->dn_string = "";
			n->dn_strlen = 0;
		} else {
			n->dn_kind = DT_NODE_INT;
			n->dn_value = 0;
			n->dn_intsuffix = DT_INT_DEC;
		}
		return;
	}
	if (dtp->dt_argused != NULL)
		dtp->dt_argused[idx] = 1;
	const char *arg = dtp->dt_argv[idx];
	if (n->dn_scope == DT_SCOPE_MACROSTR) {
		n->dn_kind = DT_NODE_STRING;
		n->dn_string = dt_arena_strdup(sc->sc_pcb->pcb_arena, arg);
		n->dn_strlen = strlen(arg);
		return;
	}
	errno = 0;
	unsigned long long v = strtoull(arg, &end, 0);
	if (*arg != '\0' && *end == '\0' && *arg != '-') {
		if (errno == ERANGE)
			MERR(sc, n, D_MACRO_OFLOW, "macro argument $%s constant "
			    "%s results in integer overflow", name,
			    arg + (*arg == '+'));
		n->dn_kind = DT_NODE_INT;
		n->dn_value = v;
		n->dn_intsuffix = (arg[0] == '0' && arg[1] != '\0') ? 0 :
		    DT_INT_DEC;
		return;
	}
	if (arg[0] == '-' && arg[1] != '\0') {
		long long sv = strtoll(arg, &end, 0);
		if (*end == '\0') {
			/* a negative number: -(N) */
			dt_node_t *c = dt_node_new(sc->sc_pcb->pcb_arena,
			    DT_NODE_INT, n->dn_line);
			c->dn_value = (uint64_t)(-sv);
			c->dn_intsuffix = DT_INT_DEC;
			n->dn_kind = DT_NODE_OP1;
			n->dn_op = DT_TOK_INEG;
			n->dn_left = c;
			return;
		}
	}
	/* anything else is substituted as an identifier, as in DTrace */
	n->dn_scope = DT_SCOPE_NONE;
	n->dn_name = dt_arena_strdup(sc->sc_pcb->pcb_arena, arg);
	const char *p = arg;
	if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
		goto bad;
	for (; *p; p++)
		if (!(*p == '_' || (*p >= 'a' && *p <= 'z') ||
		    (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
			goto bad;
	return;
bad:
	MERR(sc, n, D_MACRO_UNDEF, "macro argument $%s is not a valid "
	    "integer or identifier: %s", name, arg);
}

static dt_type_t *
dt_sema_builtin_type(dt_sctx_t *sc, dt_ident_t *id)
{
	const char *tname = dt_ident_builtin_type(id);
	size_t l = strlen(tname);

	if (l > 2 && strcmp(tname + l - 2, " *") == 0) {
		char base[64];
		snprintf(base, sizeof(base), "%.*s", (int)(l - 2), tname);
		return dt_type_ptr(sc->sc_dtp->dt_types,
		    dt_type_lookup(sc->sc_dtp->dt_types, base));
	}
	return dt_type_lookup(sc->sc_dtp->dt_types, tname);
}

/*
 * `name or mod`name: a kernel variable, an object in kernel memory like
 * p->m (reads are checked, a bad one faults the clause; it is never
 * written).  Its type comes from the kernel's BTF, which describes per-CPU
 * variables (the value is this CPU's copy) and, on kernels whose pahole
 * was asked for them, the other globals; the verifier finds its address
 * in kallsyms, which lists variables only with CONFIG_KALLSYMS_ALL.  A
 * symbol BTF does not type (a function, most globals) is only an address,
 * &`name, a void * for the program to cast: *(unsigned long *)&`max_pfn.
 */
static void
dt_sema_ksym(dt_sctx_t *sc, dt_node_t *n)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	const char *mod = n->dn_module ? n->dn_module : "", *name = n->dn_name;
	int vmlinux = n->dn_module == NULL || strcmp(mod, "vmlinux") == 0;
	dt_ident_t *id = dt_arena_alloc(sc->sc_pcb->pcb_arena, sizeof(*id));
	dt_type_t *t = NULL;
	int percpu = 0, vid = vmlinux ? dt_btf_var(dtp, name, &t, &percpu) : -1;
	uint64_t addr = 0;
	unsigned ndata;
	char kind = 0;
	int found = dt_sym_kaddr(dtp, n->dn_module, name, &addr, &kind,
	    &ndata) == 0;

	memset(id, 0, sizeof(*id));
	id->di_name = n->dn_name;
	id->di_kind = DT_IDK_KSYM;
	id->di_map = -1;
	n->dn_ident = id;
	n->dn_flags |= DT_NF_LVAL;
	if (vid > 0 && !found)
		SERR(sc, n, D_SYM_NOADDR, "cannot read %s`%s: this kernel "
		    "does not give BPF programs the addresses of its variables "
		    "(it has no CONFIG_KALLSYMS_ALL)", mod, name);
	if (vid > 0) {
		id->di_id = vid;
		id->di_value = percpu;
		id->di_type = n->dn_type = t;
		return;
	}
	if (!found)
		SERR(sc, n, D_IDENT_UNDEF, "failed to resolve %s`%s: Unknown "
		    "symbol name%s", mod, name, vmlinux && ndata < 1000 ?
		    " (this kernel's /proc/kallsyms lists functions only: it "
		    "has no CONFIG_KALLSYMS_ALL)" : "");
	if (!sc->sc_addrof && strchr("tTwW", kind) != NULL)
		SERR(sc, n, D_SYM_NOTYPES, "%s`%s is a kernel function: only "
		    "its address, &%s`%s, may be used", mod, name, mod, name);
	if (!sc->sc_addrof)
		SERR(sc, n, D_SYM_NOTYPES, "no symbolic type information is "
		    "available for %s`%s: the kernel's BTF does not describe "
		    "it; read it through its address, as *(long *)&%s`%s",
		    mod, name, mod, name);
	id->di_value = (int64_t)addr;
	id->di_type = n->dn_type = sc->sc_bt->bt_void;
}

static void
dt_sema_ident(dt_sctx_t *sc, dt_node_t *n)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	dt_ident_t *id;

	if (n->dn_scope == DT_SCOPE_MACRO || n->dn_scope == DT_SCOPE_MACROSTR) {
		dt_sema_macro(sc, n);
		dt_sema_expr(sc, n);
		return;
	}
	if (n->dn_scope == DT_SCOPE_KERNEL) {
		dt_sema_ksym(sc, n);
		return;
	}

	dt_idscope_t scope = n->dn_scope == DT_SCOPE_SELF ? DT_IDS_SELF :
	    n->dn_scope == DT_SCOPE_THIS ? DT_IDS_THIS : DT_IDS_GLOBAL;
	const char *pfx = scope == DT_IDS_SELF ? "self->" :
	    scope == DT_IDS_THIS ? "this->" : "";

	id = dt_ident_lookup(dtp, scope, n->dn_name);
	if (id == NULL && scope == DT_IDS_GLOBAL) {
		id = dt_ident_builtin(n->dn_name);
		if (id == NULL && dt_ident_func(n->dn_name) != NULL)
			SERR(sc, n, D_FUNC_IDENT, "%s '%s' may not be "
			    "referenced as scalar", dt_sema_kindname(
			    dt_ident_func(n->dn_name)), n->dn_name);
	}
	if (id == NULL) {
		if (sc->sc_lhs) {
			/* first assignment declares it; caller sets type */
			n->dn_ident = NULL;
			return;
		}
		if (scope != DT_IDS_GLOBAL || (sc->sc_creating != NULL &&
		    strcmp(sc->sc_creating, n->dn_name) == 0))
			SERR(sc, n, D_VAR_UNDEF, "%s%s has not yet been "
			    "declared or assigned", pfx, n->dn_name);
		SERR(sc, n, D_IDENT_UNDEF, "failed to resolve %s%s: Unknown "
		    "variable name", pfx, n->dn_name);
	}
	n->dn_ident = id;
	switch (id->di_kind) {
	case DT_IDK_BUILTIN:
		n->dn_type = dt_sema_builtin_type(sc, id);
		if (id->di_id == DT_VAR_PPID ||
		    id->di_id == DT_VAR_VTIMESTAMP)
			dtp->dt_need_task = 1;
		break;
	case DT_IDK_ENUM:
		dt_sema_setconst(n, id->di_type, (uint64_t)id->di_value);
		break;
	case DT_IDK_INLINE:
		n->dn_type = id->di_type;
		break;
	case DT_IDK_ARRAY:
		if (scope == DT_IDS_GLOBAL)
			SERR(sc, n, D_ARR_BADREF, "associative array '%s' may "
			    "not be referenced as scalar", n->dn_name);
		SERR(sc, n, D_ARR_BADREF, "%s%s is an associative array and "
		    "must be subscripted", pfx, n->dn_name);
	default:
		n->dn_type = id->di_type;
		n->dn_flags |= DT_NF_LVAL | DT_NF_WRITABLE;
		id->di_flags |= sc->sc_lhs ? DT_IDF_WRITE : DT_IDF_READ;
	}
}

/* a[k1, k2]: associative array reference */
static void
dt_sema_index(dt_sctx_t *sc, dt_node_t *n)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	dt_node_t *base = n->dn_left;
	int lhs = sc->sc_lhs;

	if (base->dn_kind == DT_NODE_IDENT && base->dn_scope == DT_SCOPE_NONE &&
	    strcmp(base->dn_name, "args") == 0 && sc->sc_clause != NULL &&
	    dt_ident_lookup(dtp, DT_IDS_GLOBAL, "args") == NULL) {
		dt_sema_args(sc, n);
		return;
	}
	sc->sc_lhs = 0;
	int nk = 0;
	for (dt_node_t *k = n->dn_args; k; k = k->dn_list, nk++) {
		dt_sema_expr(sc, k);
		if (dt_type_is_void(k->dn_type))
			SERR(sc, k, D_KEY_TYPE, "void expression may not be "
			    "used as associative array index: key #%d", nk + 1);
		if (!dt_type_is_scalar(k->dn_type) &&
		    !dt_type_is_string(k->dn_type))
			SERR(sc, k, D_ARR_BADREF, "associative array key #%d "
			    "must be of scalar or string type", nk + 1);
	}
	sc->sc_lhs = lhs;

	if (base->dn_kind == DT_NODE_IDENT && base->dn_scope == DT_SCOPE_THIS) {
		/* a pointer in a clause-local variable is indexed as such */
		dt_ident_t *lv = dt_ident_lookup(dtp, DT_IDS_THIS,
		    base->dn_name);
		if (lv == NULL || !dt_type_is_ptr(lv->di_type) || nk > 1)
			SERR(sc, n, D_ARR_BADREF, "local variables may not be "
			    "used as associative arrays: %s", base->dn_name);
		sc->sc_lhs = 0;
		dt_sema_expr(sc, base);
		sc->sc_lhs = lhs;
		dt_sema_ptrindex(sc, n);
		return;
	}
	if (base->dn_kind != DT_NODE_IDENT || (base->dn_scope !=
	    DT_SCOPE_NONE && base->dn_scope != DT_SCOPE_SELF &&
	    base->dn_scope != DT_SCOPE_THIS)) {
		dt_sema_expr(sc, base);
		const dt_type_t *bt = dt_type_resolve(base->dn_type);
		if (bt->dt_kind != DT_TK_PTR && bt->dt_kind != DT_TK_ARRAY)
			SERR(sc, n, D_DEREF_NONPTR, "cannot dereference "
			    "non-pointer type");
		dt_sema_ptrindex(sc, n);
		return;
	}
	dt_idscope_t scope = base->dn_scope == DT_SCOPE_SELF ? DT_IDS_SELF :
	    DT_IDS_GLOBAL;
	dt_ident_t *id = dt_ident_lookup(dtp, scope, base->dn_name);
	if (id == NULL && scope == DT_IDS_GLOBAL &&
	    dt_ident_builtin(base->dn_name) != NULL) {
		/* DTrace reads x[i] of a scalar as *(x + i) */
		if (nk > 1)
			SERR(sc, n, D_ARR_BADREF, "cannot access scalar %s as "
			    "an associative array", base->dn_name);
		SERR(sc, n, D_DEREF_NONPTR, "cannot dereference non-pointer "
		    "type");
	}
	if (id == NULL) {
		if (!lhs)
			SERR(sc, n, D_VAR_UNDEF, "%s%s has not yet been "
			    "declared or assigned", scope == DT_IDS_SELF ?
			    "self->" : "", base->dn_name);
		n->dn_ident = NULL;      /* declared by the assignment */
		return;
	}
	if (id->di_kind != DT_IDK_ARRAY) {
		/* DTrace reads x[i] of a scalar as *(x + i) */
		if (nk > 1)
			SERR(sc, n, D_ARR_BADREF, "cannot access %s %s as an "
			    "associative array", dt_sema_kindname(id),
			    base->dn_name);
		if (!dt_type_is_ptr(id->di_type))
			SERR(sc, n, D_DEREF_NONPTR, "cannot dereference "
			    "non-pointer type");
		dt_sema_expr(sc, base);
		dt_sema_ptrindex(sc, n);
		return;
	}
	if (nk != id->di_nkeys)
		SERR(sc, n, D_PROTO_LEN, "%s[ ] prototype mismatch: %d key%s "
		    "passed, %d expected", base->dn_name, nk, nk == 1 ? "" : "s",
		    id->di_nkeys);
	int i = 0;
	for (dt_node_t *k = n->dn_args; k; k = k->dn_list, i++) {
		int ks = dt_type_is_string(id->di_keys[i]);
		if (ks != dt_type_is_string(k->dn_type))
			SERR(sc, k, D_PROTO_ARG, "%s[ ] key #%d is "
			    "incompatible with prototype:\n\tprototype: %s\n\t"
			    "      key: %s", base->dn_name, i + 1,
			    dt_type_name(id->di_keys[i]), tn(k));
	}
	base->dn_ident = id;
	base->dn_type = id->di_type;
	n->dn_ident = id;
	n->dn_type = id->di_type;
	n->dn_flags |= DT_NF_LVAL | DT_NF_WRITABLE;
	id->di_flags |= lhs ? DT_IDF_WRITE : DT_IDF_READ;
}

/* is lvalue l a variable that its assignment declares? */
static int
dt_sema_undeclared(const dt_node_t *l)
{
	return (l->dn_kind == DT_NODE_IDENT || (l->dn_kind == DT_NODE_INDEX &&
	    l->dn_aux != 1)) && l->dn_ident == NULL;
}

/* As DTrace: arrays other than strings are not assigned whole. */
static void
dt_sema_arrfun(dt_sctx_t *sc, dt_node_t *n, const dt_type_t *t)
{
	if (n->dn_op == DT_TOK_ASGN && dt_type_resolve(t)->dt_kind ==
	    DT_TK_ARRAY && !dt_type_is_string(t))
		SERR(sc, n, D_OP_ARRFUN, "operator %s may not be applied to "
		    "operand of type \"%s\"", dt_sema_opname(n->dn_op),
		    dt_type_name(t));
}

/* Declare the variable named by lvalue l, first assigned a value of type t. */
static void
dt_sema_implicit(dt_sctx_t *sc, dt_node_t *l, dt_type_t *t)
{
	/* the variable takes the type of the value, as in DTrace: after
	 * x = (char)-1, x is a char */
	if (dt_type_is_string(t))
		t = sc->sc_bt->bt_string;
	if (!dt_type_is_scalar(t) && !dt_type_is_string(t) &&
	    !dt_type_is_sou(t))
		SERR(sc, l, D_OP_INCOMPAT, "variables of type %s are not "
		    "supported yet", dt_type_name(t));
	if (l->dn_kind == DT_NODE_INDEX) {
		dt_node_t *b = l->dn_left;
		dt_ident_t *id = dt_sema_declare(sc, b->dn_scope == DT_SCOPE_SELF ?
		    DT_IDS_SELF : DT_IDS_GLOBAL, b->dn_name, DT_IDK_ARRAY, t,
		    l->dn_args, l->dn_line);
		b->dn_ident = l->dn_ident = id;
		b->dn_type = t;
	} else {
		dt_ident_t *id = dt_sema_declare(sc, l->dn_scope == DT_SCOPE_SELF ?
		    DT_IDS_SELF : l->dn_scope == DT_SCOPE_THIS ? DT_IDS_THIS :
		    DT_IDS_GLOBAL, l->dn_name, DT_IDK_SCALAR, t, NULL, l->dn_line);
		l->dn_ident = id;
	}
	l->dn_ident->di_flags |= DT_IDF_WRITE;
	l->dn_type = t;
	l->dn_flags |= DT_NF_LVAL | DT_NF_WRITABLE;
}

static void
dt_sema_assign(dt_sctx_t *sc, dt_node_t *n)
{
	dt_node_t *l = n->dn_left, *r = n->dn_right;
	const char *was = sc->sc_creating;

	/* as DTrace, which creates x before it cooks e in x = e: x read in e
	 * before any assignment has not yet been declared or assigned */
	if (l->dn_kind == DT_NODE_IDENT && l->dn_scope == DT_SCOPE_NONE)
		sc->sc_creating = l->dn_name;
	dt_sema_expr(sc, r);
	sc->sc_creating = was;
	if (dt_type_is_void(r->dn_type))
		SERR(sc, r, D_OP_INCOMPAT, "operator %s operands have "
		    "incompatible types: \"%s\" %s \"void\"",
		    dt_sema_opname(n->dn_op), "<lvalue>",
		    dt_sema_opname(n->dn_op));

	if (l->dn_kind != DT_NODE_IDENT && l->dn_kind != DT_NODE_INDEX &&
	    l->dn_kind != DT_NODE_MEMBER)
		SERR(sc, n, D_OP_LVAL, "operator %s requires modifiable lvalue "
		    "as an operand", dt_sema_opname(n->dn_op));
	if (l->dn_kind == DT_NODE_IDENT && (l->dn_scope == DT_SCOPE_MACRO ||
	    l->dn_scope == DT_SCOPE_MACROSTR))
		SERR(sc, n, D_OP_LVAL, "operator %s requires modifiable lvalue "
		    "as an operand", dt_sema_opname(n->dn_op));

	sc->sc_lhs = 1;
	dt_sema_expr(sc, l);
	sc->sc_lhs = 0;

	/* members and elements of D variables are written; kernel memory
	 * (p->m, p[i]) is not */
	if (l->dn_kind == DT_NODE_MEMBER && !(l->dn_flags & DT_NF_WRITABLE))
		SERR(sc, n, D_OP_LVAL, "operator %s requires modifiable lvalue "
		    "as an operand", dt_sema_opname(n->dn_op));
	if (l->dn_kind == DT_NODE_INDEX && l->dn_ident == NULL &&
	    !(l->dn_flags & DT_NF_WRITABLE) &&
	    l->dn_left->dn_type != NULL && (dt_type_is_ptr(l->dn_left->dn_type) ||
	    dt_type_resolve(l->dn_left->dn_type)->dt_kind == DT_TK_ARRAY))
		SERR(sc, n, D_OP_LVAL, "operator %s requires modifiable lvalue "
		    "as an operand (memory is written only by bcopy( ), "
		    "copyinto( ) and copyout( ))", dt_sema_opname(n->dn_op));
	if (dt_sema_undeclared(l)) {
		/* implicit declaration by the first assignment; x += e and
		 * x++ declare x too, as an integer starting from 0 */
		dt_type_t *t = r->dn_type;
		if (n->dn_op != DT_TOK_ASGN && !dt_type_is_int(t))
			SERR(sc, n, D_OP_INT, "operator %s requires operands of "
			    "integral type", dt_sema_opname(n->dn_op));
		dt_sema_arrfun(sc, n, t);
		dt_sema_implicit(sc, l, t);
	}
	dt_sema_arrfun(sc, n, l->dn_type);
	/* built-in variables are lvalues that may not be written */
	int builtin = l->dn_kind == DT_NODE_IDENT && l->dn_ident != NULL &&
	    l->dn_ident->di_kind == DT_IDK_BUILTIN;
	if (!(l->dn_flags & DT_NF_LVAL) && !builtin)
		SERR(sc, n, D_OP_LVAL, "operator %s requires modifiable lvalue "
		    "as an operand", dt_sema_opname(n->dn_op));
	if (!(l->dn_flags & DT_NF_WRITABLE))
		SERR(sc, n, D_OP_WRITE, "operator %s can only be applied to a "
		    "writable variable", dt_sema_opname(n->dn_op));

	if (n->dn_op == DT_TOK_ASGN) {
		if (dt_type_compat(l->dn_type, r->dn_type) != 0)
			SERR(sc, n, D_OP_INCOMPAT, "operands have incompatible "
			    "types: \"%s\" %s \"%s\"", tn(l),
			    dt_sema_opname(n->dn_op), tn(r));
	} else {
		dt_token_t op = dt_token_asgn_op(n->dn_op);
		int intop = op == DT_TOK_MOD || op == DT_TOK_BAND ||
		    op == DT_TOK_XOR || op == DT_TOK_BOR || op == DT_TOK_LSH ||
		    op == DT_TOK_RSH;
		if ((op == DT_TOK_ADD || op == DT_TOK_SUB) &&
		    (dt_type_is_string(l->dn_type) ||
		    dt_type_is_string(r->dn_type)))
			SERR(sc, n, D_OP_INCOMPAT, "operands have incompatible "
			    "types: \"%s\" %s \"%s\"", tn(l),
			    dt_sema_opname(n->dn_op), tn(r));
		if (intop ? !(dt_type_is_int(l->dn_type) &&
		    dt_type_is_int(r->dn_type)) : !(dt_type_is_arith(l->dn_type)
		    && dt_type_is_arith(r->dn_type)))
			SERR(sc, n, intop ? D_OP_INT : D_OP_ARITH, "operator %s "
			    "requires operands of %s type",
			    dt_sema_opname(n->dn_op),
			    intop ? "integral" : "arithmetic");
		if ((op == DT_TOK_DIV || op == DT_TOK_MOD) &&
		    dt_sema_isconst(r) && r->dn_value == 0) {
			sc->sc_pcb->pcb_region = NULL;
			SERR(sc, n, D_DIV_ZERO, "expression contains division "
			    "by zero");
		}
	}
	n->dn_type = l->dn_type;
}


/* ---- aggregations ------------------------------------------------------- */

static dt_agg_t *
dt_sema_agg_find(dtrace_hdl_t *dtp, const char *name)
{
	for (int i = 0; i < dtp->dt_naggs; i++)
		if (strcmp(dtp->dt_aggs[i]->ag_name, name) == 0)
			return dtp->dt_aggs[i];
	return NULL;
}

/* An aggregation named by an action's argument a, or an error. */
static dt_agg_t *
dt_sema_aggarg(dt_sctx_t *sc, dt_node_t *call, dt_node_t *a, int argno,
    dt_errtag_t tag)
{
	if (a == NULL || a->dn_kind != DT_NODE_AGG || a->dn_args != NULL) {
		if (a != NULL && a->dn_kind != DT_NODE_AGG)
			dt_sema_expr(sc, a);
		SERR(sc, call, tag, "%s( ) argument #%d is incompatible with "
		    "prototype:\n\tprototype: aggregation\n\t argument: %s",
		    call->dn_name, argno, a == NULL ? "void" :
		    a->dn_kind == DT_NODE_AGG ? "aggregation element" : tn(a));
	}
	dt_agg_t *ag = dt_sema_agg_find(sc->sc_dtp, a->dn_name);
	if (ag == NULL)
		SERR(sc, a, D_IDENT_UNDEF, "failed to resolve @%s: Unknown "
		    "variable name", a->dn_name);
	a->dn_cg = ag;
	return ag;
}

/* An integer constant argument of lquantize()/llquantize(). */
static int64_t
dt_sema_aggconst(dt_sctx_t *sc, dt_node_t *a, dt_errtag_t tag,
    const char *what)
{
	dt_sema_expr(sc, a);
	if (!dt_sema_isconst(a) || !dt_type_is_int(a->dn_type))
		SERR(sc, a, tag, "%s must be an integer constant", what);
	return (int64_t)a->dn_value;
}

static const char *const dt_sema_llnames[] = {
	"factor", "low magnitude", "high magnitude",
	"linear steps per magnitude"
};

/* Check the arguments of aggregating function f; fill ag's parameters. */
static void
dt_sema_aggfunc(dt_sctx_t *sc, dt_node_t *f, dt_agg_t *ag)
{
	int fn = f->dn_ident->di_id;
	int nargs = dt_node_count(f->dn_args);
	int min, max;
	dt_node_t *a = f->dn_args;

	switch (fn) {
	case DT_FN_COUNT: min = 0; max = 0; break;
	case DT_FN_QUANTIZE: min = 1; max = 2; break;
	case DT_FN_LQUANTIZE: min = 3; max = 5; break;
	case DT_FN_LLQUANTIZE: min = 5; max = 6; break;
	default: min = 1; max = 1; break;
	}
	if (nargs > max && max > 1)
		SERR(sc, f, D_PROTO_LEN, "%s( ) prototype mismatch: %d args "
		    "passed, at most %d expected", f->dn_name, nargs, max);
	if (nargs < min || nargs > max)
		SERR(sc, f, D_PROTO_LEN, "%s( ) prototype mismatch: %d arg%s "
		    "passed, %d expected", f->dn_name, nargs,
		    nargs == 1 ? "" : "s", min);
	for (dt_node_t *x = a; x != NULL; x = x->dn_list)
		if (x == a || (fn != DT_FN_LQUANTIZE && fn != DT_FN_LLQUANTIZE))
			dt_sema_expr(sc, x);
	if (a != NULL && !dt_type_is_scalar(a->dn_type))
		SERR(sc, f, D_AGG_SCALAR, "%s( ) argument #1 must be of scalar "
		    "type", f->dn_name);

	memset(ag->ag_arg, 0, sizeof(ag->ag_arg));
	dt_node_t *incr = NULL;
	int incrno = 0;
	switch (fn) {
	case DT_FN_QUANTIZE:
		incr = a->dn_list;
		incrno = 2;
		ag->ag_nbuckets = DT_QUANTIZE_NBUCKETS;
		break;
	case DT_FN_LQUANTIZE: {
		dt_node_t *b = a->dn_list, *l = b->dn_list, *st = l->dn_list;
		int64_t base = dt_sema_aggconst(sc, b, D_LQUANT_BASETYPE,
		    "lquantize( ) argument #1");
		if (base < INT32_MIN || base > INT32_MAX)
			SERR(sc, b, D_LQUANT_BASEVAL, "lquantize( ) argument #1 "
			    "must be a 32-bit quantity");
		int64_t lim = dt_sema_aggconst(sc, l, D_LQUANT_LIMTYPE,
		    "lquantize( ) argument #2");
		if (lim < INT32_MIN || lim > INT32_MAX)
			SERR(sc, l, D_LQUANT_LIMVAL, "lquantize( ) argument #2 "
			    "must be a 32-bit quantity");
		if (lim < base)
			SERR(sc, f, D_LQUANT_MISMATCH, "lquantize( ) base "
			    "(argument #1) must be less than limit (argument #2)");
		int64_t step = 1;
		if (st != NULL) {
			dt_sema_expr(sc, st);
			if (!dt_sema_isconst(st) || !dt_type_is_int(st->dn_type) ||
			    (int64_t)st->dn_value <= 0)
				SERR(sc, st, D_LQUANT_STEPTYPE, "lquantize( ) "
				    "argument #3 must be a non-zero positive "
				    "integer constant");
			step = (int64_t)st->dn_value;
			if (step > UINT16_MAX)
				SERR(sc, st, D_LQUANT_STEPVAL, "lquantize( ) "
				    "argument #3 must be a 16-bit quantity");
			incr = st->dn_list;
			incrno = 5;
		}
		int64_t levels = (lim - base) / step;
		if (levels == 0)
			SERR(sc, f, D_LQUANT_STEPLARGE, "lquantize( ) step "
			    "(argument #3) too large: must have at least one "
			    "quantization level");
		if (levels > UINT16_MAX)
			SERR(sc, f, D_LQUANT_STEPSMALL, "lquantize( ) step "
			    "(argument #3) too small: number of quantization "
			    "levels must be a 16-bit quantity");
		ag->ag_arg[0] = base;
		ag->ag_arg[1] = lim;
		ag->ag_arg[2] = step;
		ag->ag_nbuckets = (int)levels + 2;
		break;
	}
	case DT_FN_LLQUANTIZE: {
		dt_node_t *x = a->dn_list;
		static const dt_errtag_t tt[] = { D_LLQUANT_FACTORTYPE,
		    D_LLQUANT_LOWTYPE, D_LLQUANT_HIGHTYPE, D_LLQUANT_NSTEPTYPE };
		static const dt_errtag_t vt[] = { D_LLQUANT_FACTORVAL,
		    D_LLQUANT_LOWVAL, D_LLQUANT_HIGHVAL, D_LLQUANT_NSTEPVAL };
		for (int i = 0; i < 4; i++, x = x->dn_list) {
			char what[96];
			snprintf(what, sizeof(what), "llquantize( ) argument #%d "
			    "(%s)", i + 1, dt_sema_llnames[i]);
			int64_t v = dt_sema_aggconst(sc, x, tt[i], what);
			if (v < 0 || v > UINT16_MAX)
				SERR(sc, x, vt[i], "%s must be an unsigned 16-bit "
				    "quantity", what);
			ag->ag_arg[i] = v;
		}
		incr = x;
		incrno = 6;
		int64_t factor = ag->ag_arg[0], low = ag->ag_arg[1],
		    high = ag->ag_arg[2], nsteps = ag->ag_arg[3];
		if (factor < 2)
			SERR(sc, f, D_LLQUANT_FACTORSMALL, "llquantize( ) factor "
			    "(argument #1) must be two or more");
		if (low >= high)
			SERR(sc, f, D_LLQUANT_MAGRANGE, "llquantize( ) high "
			    "magnitude (argument #3) must be greater than low "
			    "magnitude (argument #2)");
		if (factor > nsteps)
			SERR(sc, f, D_LLQUANT_FACTORNSTEPS, "llquantize( ) factor "
			    "(argument #1) must be less than or equal to the "
			    "number of linear steps per magnitude (argument #4)");
		uint64_t pw = (uint64_t)factor;
		while (pw < (uint64_t)nsteps)
			pw *= (uint64_t)factor;
		if (nsteps % factor != 0 || pw % (uint64_t)nsteps != 0)
			SERR(sc, f, D_LLQUANT_FACTOREVEN, "llquantize( ) factor "
			    "(argument #1) must evenly divide the number of steps "
			    "per magnitude (argument #4), and the number of steps "
			    "per magnitude must evenly divide a power of the "
			    "factor");
		unsigned __int128 p = 1;
		for (int64_t i = 0; i < high; i++) {
			p *= (uint64_t)factor;
			if (p > UINT64_MAX)
				SERR(sc, f, D_LLQUANT_MAGTOOBIG, "llquantize( ) "
				    "factor (%d) raised to power of high magnitude "
				    "(%d) overflows 64-bits", (int)factor, (int)high);
		}
		ag->ag_nbuckets = dt_llq_buckets(ag->ag_arg, NULL);
		break;
	}
	default:
		break;
	}
	if (incr != NULL) {
		dt_sema_expr(sc, incr);
		if (!dt_type_is_scalar(incr->dn_type))
			SERR(sc, incr, D_PROTO_ARG, "%s( ) increment value "
			    "(argument #%d) must be of scalar type", f->dn_name,
			    incrno);
	}
}

static dt_aggfn_t
dt_sema_aggfn(int fn)
{
	switch (fn) {
	case DT_FN_COUNT: return DT_AGG_COUNT;
	case DT_FN_SUM: return DT_AGG_SUM;
	case DT_FN_AVG: return DT_AGG_AVG;
	case DT_FN_MIN: return DT_AGG_MIN;
	case DT_FN_MAX: return DT_AGG_MAX;
	case DT_FN_STDDEV: return DT_AGG_STDDEV;
	case DT_FN_QUANTIZE: return DT_AGG_QUANTIZE;
	case DT_FN_LQUANTIZE: return DT_AGG_LQUANTIZE;
	default: return DT_AGG_LLQUANTIZE;
	}
}

/* @name[keys] = aggfunc(args); */
static void
dt_sema_aggasgn(dt_sctx_t *sc, dt_node_t *n)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	dt_node_t *l = n->dn_left, *r = n->dn_right;

	if (l->dn_kind == DT_NODE_INDEX)
		SERR(sc, l, D_AGG_MDIM, "improper attempt to reference @%s as "
		    "a multi-dimensional array", l->dn_left->dn_name);
	if (n->dn_op != DT_TOK_ASGN || r->dn_kind != DT_NODE_CALL ||
	    (r->dn_ident = dt_ident_func(r->dn_name)) == NULL ||
	    !DT_FN_ISAGG(r->dn_ident->di_id))
		SERR(sc, n, D_AGG_FUNC, "@%s must be assigned the result of an "
		    "aggregating function", l->dn_name);

	int nkeys = 0;
	for (dt_node_t *k = l->dn_args; k != NULL; k = k->dn_list, nkeys++) {
		dt_sema_expr(sc, k);
		if (nkeys >= DT_MAX_KEYS)
			SERR(sc, k, D_KEY_TYPE, "too many keys for @%s: at most "
			    "%d", l->dn_name, DT_MAX_KEYS);
		if (!dt_type_is_scalar(k->dn_type) &&
		    !dt_type_is_string(k->dn_type))
			SERR(sc, k, D_KEY_TYPE, "%s expression may not be used "
			    "as aggregation index: key #%d",
			    dt_type_is_void(k->dn_type) ? "void" : tn(k),
			    nkeys + 1);
	}

	dt_agg_t tmp = { 0 };
	dt_sema_aggfunc(sc, r, &tmp);
	dt_aggfn_t fn = dt_sema_aggfn(r->dn_ident->di_id);
	dt_agg_t *ag = dt_sema_agg_find(dtp, l->dn_name);

	if (ag != NULL) {
		if (ag->ag_fn != fn)
			SERR(sc, n, D_AGG_REDEF, "aggregation redefined: @%s\n\t "
			    "current: @%s = %s( )\n\tprevious: @%s = %s( ) : "
			    "line %d", l->dn_name, l->dn_name, r->dn_name,
			    l->dn_name, ag->ag_fname, ag->ag_line);
		static const char *const lqn[] = { "base (argument #1)",
		    "limit (argument #2)", "step (argument #3)" };
		static const dt_errtag_t lqt[] = { D_LQUANT_MATCHBASE,
		    D_LQUANT_MATCHLIM, D_LQUANT_MATCHSTEP };
		static const dt_errtag_t llt[] = { D_LLQUANT_FACTORMATCH,
		    D_LLQUANT_LOWMATCH, D_LLQUANT_HIGHMATCH, D_LLQUANT_NSTEPMATCH };
		/* lquantize: the same base, step and top of the range (the
		 * limit rounded down to a whole number of steps) */
		for (int i = 0; fn == DT_AGG_LQUANTIZE && i < 3; i++) {
			int64_t was = ag->ag_arg[i], now = tmp.ag_arg[i];
			if (i == 1) {
				was = ag->ag_arg[0] + (int64_t)(ag->ag_nbuckets - 2) *
				    ag->ag_arg[2];
				now = tmp.ag_arg[0] + (int64_t)(tmp.ag_nbuckets - 2) *
				    tmp.ag_arg[2];
			}
			if (was != now)
				SERR(sc, r, lqt[i], "lquantize( ) %s doesn't match "
				    "previous declaration: expected %d, found %d",
				    lqn[i], (int)was, (int)now);
		}
		for (int i = 0; fn == DT_AGG_LLQUANTIZE && i < 4; i++)
			if (ag->ag_arg[i] != tmp.ag_arg[i])
				SERR(sc, r, llt[i], "llquantize( ) %s (argument "
				    "#%d) doesn't match previous declaration: "
				    "expected %d, found %d", dt_sema_llnames[i],
				    i + 1, (int)ag->ag_arg[i], (int)tmp.ag_arg[i]);
		if (ag->ag_nkeys != nkeys)
			SERR(sc, l, D_PROTO_LEN, "@%s[ ] prototype mismatch: %d "
			    "arg%s passed, %d expected", l->dn_name, nkeys,
			    nkeys == 1 ? "" : "s", ag->ag_nkeys);
		int i = 0;
		for (dt_node_t *k = l->dn_args; k; k = k->dn_list, i++)
			if (dt_type_is_string(k->dn_type) !=
			    dt_type_is_string(ag->ag_keys[i]))
				SERR(sc, k, D_PROTO_ARG, "@%s[ ] key #%d is "
				    "incompatible with prototype:\n\tprototype: "
				    "%s\n\t argument: %s", l->dn_name, i + 1,
				    dt_type_name(ag->ag_keys[i]), tn(k));
	} else {
		ag = calloc(1, sizeof(*ag));
		dt_agg_t **v = realloc(dtp->dt_aggs,
		    (dtp->dt_naggs + 1) * sizeof(*v));
		if (ag == NULL || v == NULL || (ag->ag_name = strdup(l->dn_name))
		    == NULL) {
			free(ag);
			SERR(sc, n, D_UNKNOWN, "out of memory");
		}
		dtp->dt_aggs = v;
		*ag = tmp;
		ag->ag_name = strdup(l->dn_name);
		ag->ag_id = dtp->dt_naggs + 1;
		ag->ag_fn = fn;
		ag->ag_fname = r->dn_ident->di_name;
		ag->ag_line = n->dn_line;
		ag->ag_fd = -1;
		ag->ag_normal = 1;
		ag->ag_nkeys = nkeys;
		int i = 0;
		for (dt_node_t *k = l->dn_args; k; k = k->dn_list, i++)
			ag->ag_keys[i] = k->dn_type;
		switch (fn) {
		case DT_AGG_COUNT: case DT_AGG_SUM:
			ag->ag_valsize = 8; break;
		case DT_AGG_AVG: case DT_AGG_MIN: case DT_AGG_MAX:
			ag->ag_valsize = 16; break;
		case DT_AGG_STDDEV:
			ag->ag_valsize = 32; break;
		default:
			ag->ag_valsize = 8 * (uint32_t)ag->ag_nbuckets;
		}
		dtp->dt_aggs[dtp->dt_naggs++] = ag;
	}
	/* the widest string each key column is given, so that a column that
	 * only ever holds execname takes 16 bytes, not strsize */
	int i = 0;
	for (dt_node_t *k = l->dn_args; k; k = k->dn_list, i++) {
		uint32_t cap = 0;
		if (dt_type_is_string(k->dn_type)) {
			cap = DT_STRBUF(dtp);
			if (k->dn_kind == DT_NODE_STRING && k->dn_strlen + 1 < cap)
				cap = (uint32_t)k->dn_strlen + 1;
			else if (k->dn_kind == DT_NODE_IDENT && k->dn_ident &&
			    k->dn_ident->di_kind == DT_IDK_BUILTIN &&
			    k->dn_ident->di_id == DT_VAR_EXECNAME && cap > 16)
				cap = 16;
			else if (k->dn_kind == DT_NODE_MEMBER && k->dn_cg &&
			    ((dt_tpfield_t *)k->dn_cg)->tf_kind == DT_TPF_CHARS &&
			    ((dt_tpfield_t *)k->dn_cg)->tf_size + 1 < cap)
				cap = ((dt_tpfield_t *)k->dn_cg)->tf_size + 1;
			else if (k->dn_kind == DT_NODE_IDENT && k->dn_ident &&
			    k->dn_ident->di_kind == DT_IDK_BUILTIN &&
			    k->dn_ident->di_id >= DT_VAR_PROBEPROV &&
			    k->dn_ident->di_id <= DT_VAR_PROBENAME) {
				/* as wide as the longest name of an enabled
				 * probe: known once every program is in */
				ag->ag_keyprobe[i] |= 1u << (k->dn_ident->di_id -
				    DT_VAR_PROBEPROV);
				cap = 0;
			}
		}
		if (cap > ag->ag_keycap[i])
			ag->ag_keycap[i] = cap;
	}
	l->dn_cg = ag;
	n->dn_flags |= DT_NF_ACTION;
	n->dn_type = sc->sc_bt->bt_void;
}

/* Key layouts, once every program is compiled: 8 bytes per integer, the
 * widest string given (rounded up to 8) per string column. */
void
dt_sema_agg_layout(dtrace_hdl_t *dtp)
{
	uint32_t plen[4] = { 0, 0, 0, 0 };   /* longest probe name fields */
	for (uint32_t i = 1; i <= dtp->dt_nprobes; i++) {
		const dt_probe_t *pr = dtp->dt_probes[i];
		const char *f[4] = { pr->pr_prov->pv_name, pr->pr_mod,
		    pr->pr_func, pr->pr_name };
		for (int j = 0; j < 4 && pr->pr_enabled; j++)
			if (strlen(f[j]) + 1 > plen[j])
				plen[j] = (uint32_t)strlen(f[j]) + 1;
	}
	for (int a = 0; a < dtp->dt_naggs; a++) {
		dt_agg_t *ag = dtp->dt_aggs[a];
		uint32_t off = 0;
		for (int i = 0; i < ag->ag_nkeys; i++)
			for (int j = 0; j < 4; j++)
				if ((ag->ag_keyprobe[i] & (1u << j)) &&
				    plen[j] > ag->ag_keycap[i])
					ag->ag_keycap[i] = plen[j] <
					    DT_STRBUF(dtp) ? plen[j] :
					    DT_STRBUF(dtp);
		for (int i = 0; i < ag->ag_nkeys; i++) {
			ag->ag_keyoff[i] = off;
			off += dt_type_is_string(ag->ag_keys[i]) ?
			    (ag->ag_keycap[i] + 7) & ~7u :
			    DT_STK_ISUSER(dt_type_stack(ag->ag_keys[i])) ? 16 : 8;
		}
		/* keyless: one per-CPU array element, no hashing, no lock */
		ag->ag_array = ag->ag_nkeys == 0;
		ag->ag_keysize = off ? off : 4;
	}
}

/* printa(), clear(), trunc(), normalize(), denormalize(), setopt() */
static void
dt_sema_aggaction(dt_sctx_t *sc, dt_node_t *n, int fn, int nargs)
{
	dt_node_t *a = n->dn_args;

	switch (fn) {
	case DT_FN_PRINTA: {
		if (nargs == 0)
			SERR(sc, n, D_PROTO_LEN, "printa( ) prototype "
			    "mismatch: 0 args passed, 1 expected");
		dt_node_t *first = a;
		int argno = 1;
		if (a->dn_kind == DT_NODE_STRING) {
			first = a->dn_list;
			argno = 2;
			if (first == NULL)
				SERR(sc, n, D_PRINTA_PROTO, "printa( ) prototype "
				    "mismatch: 1 args passed, 2 expected");
		}
		dt_agg_t *ag0 = NULL;
		for (dt_node_t *x = first; x; x = x->dn_list, argno++) {
			dt_agg_t *ag = dt_sema_aggarg(sc, n, x, argno,
			    D_PRINTA_AGGARG);
			if (ag0 == NULL)
				ag0 = ag;
		}
		if (first != a) {
			dt_errtag_t tag;
			char msg[1024];
			dt_pfmt_t *pf;
			dt_pfargtype_t at[DT_MAX_KEYS];
			if (dt_printf_parse(a->dn_string, &pf, &tag, msg,
			    sizeof(msg)) != 0)
				dt_cerror(sc->sc_pcb, n->dn_line, tag, "%s", msg);
			for (int i = 0; i < ag0->ag_nkeys; i++) {
				const dt_type_t *t = dt_type_resolve(ag0->ag_keys[i]);
				at[i].pat_name = dt_type_name(ag0->ag_keys[i]);
				at[i].pat_size = (int)dt_type_size(t);
				at[i].pat_signed = dt_type_is_signed(t);
				at[i].pat_kind = dt_type_is_string(t) ?
				    DT_PFA_STRING : dt_type_is_ptr(t) ? DT_PFA_PTR :
				    DT_PFA_INT;
			}
			if (dt_printf_validate(pf, "printa", at, ag0->ag_nkeys,
			    &tag, msg, sizeof(msg)) != 0) {
				dt_printf_free(pf);
				dt_cerror(sc->sc_pcb, n->dn_line, tag, "%s", msg);
			}
			n->dn_cg = pf;
			dt_sema_pfuser(sc->sc_dtp, pf);
		}
		break;
	}
	case DT_FN_CLEAR:
	case DT_FN_DENORMALIZE:
		if (nargs != 1)
			SERR(sc, n, fn == DT_FN_CLEAR ? D_CLEAR_PROTO :
			    D_NORMALIZE_PROTO, "%s( ) prototype mismatch: %d "
			    "args passed, 1 expected", n->dn_name, nargs);
		dt_agg_t *dag = dt_sema_aggarg(sc, n, a, 1, fn == DT_FN_CLEAR ?
		    D_CLEAR_AGGARG : D_NORMALIZE_AGGARG);
		if (fn == DT_FN_CLEAR)
			dag->ag_dbuf = 1;
		break;
	case DT_FN_NORMALIZE:
		if (nargs != 2)
			SERR(sc, n, D_NORMALIZE_PROTO, "normalize( ) prototype "
			    "mismatch: %d args passed, 2 expected", nargs);
		dt_sema_aggarg(sc, n, a, 1, D_NORMALIZE_AGGARG);
		dt_sema_expr(sc, a->dn_list);
		if (!dt_type_is_scalar(a->dn_list->dn_type))
			SERR(sc, n, D_NORMALIZE_SCALAR, "normalize( ) argument "
			    "#2 must be of scalar type");
		break;
	case DT_FN_TRUNC:
		if (nargs < 1 || nargs > 2)
			SERR(sc, n, D_TRUNC_PROTO, "trunc( ) prototype mismatch: "
			    "%d args passed, %s expected", nargs, nargs < 1 ?
			    "at least 1" : "no more than 2");
		dt_sema_aggarg(sc, n, a, 1, D_TRUNC_AGGARG)->ag_dbuf = 1;
		if (a->dn_list != NULL) {
			dt_sema_expr(sc, a->dn_list);
			if (!dt_type_is_scalar(a->dn_list->dn_type))
				SERR(sc, n, D_TRUNC_SCALAR, "trunc( ) argument #2 "
				    "must be of scalar type");
		}
		break;
	case DT_FN_SETOPT: {
		/* void(const char *, [const char *]); the option is set (or
		 * refused) by the consumer, as in DTrace */
		if (nargs < 1 || nargs > 2)
			SERR(sc, n, D_PROTO_LEN, "setopt( ) prototype "
			    "mismatch: %d arg%s passed, at least 1 expected",
			    nargs, nargs == 1 ? "" : "s");
		int i = 1;
		for (dt_node_t *x = a; x; x = x->dn_list, i++) {
			dt_sema_expr(sc, x);
			if (!dt_type_is_string(x->dn_type))
				SERR(sc, x, D_PROTO_ARG, "setopt( ) argument #%d "
				    "is incompatible with prototype:\n\tprototype: "
				    "const char *\n\t argument: %s", i, tn(x));
		}
		break;
	}
	}
}

/*
 * Subroutines, checked against their DTrace prototypes: 's' a
 * string, 'i' an integer, 'a' an address (integer or pointer), 'm' memory
 * (an address or a string), 'p' a pointer; arguments
 * after the first min are optional.
 */
static void
dt_sema_subr(dt_sctx_t *sc, dt_node_t *n, int id, int nargs)
{
	static const struct {
		int sf_id;
		const char *sf_args;
		int sf_min;
		const char *sf_proto[3];
	} fns[] = {
		{ DT_FN_COPYINSTR, "ai", 1, { "uintptr_t", "size_t" } },
		{ DT_FN_STRLEN, "s", 1, { "const char *" } },
		{ DT_FN_STRJOIN, "ss", 2, { "const char *", "const char *" } },
		{ DT_FN_SUBSTR, "sii", 2, { "const char *", "int", "int" } },
		{ DT_FN_INDEX, "ssi", 2, { "const char *", "const char *",
		    "int" } },
		{ DT_FN_RINDEX, "ssi", 2, { "const char *", "const char *",
		    "int" } },
		{ DT_FN_STRSTR, "ss", 2, { "const char *", "const char *" } },
		{ DT_FN_STRCHR, "si", 2, { "const char *", "char" } },
		{ DT_FN_STRRCHR, "si", 2, { "const char *", "char" } },
		{ DT_FN_TOUPPER, "s", 1, { "const char *" } },
		{ DT_FN_TOLOWER, "s", 1, { "const char *" } },
		{ DT_FN_NTOHS, "i", 1, { "uint16_t" } },
		{ DT_FN_NTOHL, "i", 1, { "uint32_t" } },
		{ DT_FN_NTOHLL, "i", 1, { "uint64_t" } },
		{ DT_FN_HTONS, "i", 1, { "uint16_t" } },
		{ DT_FN_HTONL, "i", 1, { "uint32_t" } },
		{ DT_FN_HTONLL, "i", 1, { "uint64_t" } },
		{ DT_FN_LLTOSTR, "ii", 1, { "int64_t", "int" } },
		{ DT_FN_STRTOLL, "si", 1, { "const char *", "int" } },
		{ DT_FN_INET_NTOA, "p", 1, { "ipaddr_t *" } },
		{ DT_FN_INET_NTOA6, "p", 1, { "in6_addr_t *" } },
		{ DT_FN_INET_NTOP, "ip", 2, { "int", "void *" } },
		{ DT_FN_BASENAME, "s", 1, { "const char *" } },
		{ DT_FN_DIRNAME, "s", 1, { "const char *" } },
		{ DT_FN_CLEANPATH, "s", 1, { "const char *" } },
		{ DT_FN_ALLOCA, "i", 1, { "size_t" } },
		{ DT_FN_COPYIN, "ai", 2, { "uintptr_t", "size_t" } },
		{ DT_FN_COPYINTO, "aia", 3, { "uintptr_t", "size_t",
		    "void *" } },
		{ DT_FN_BCOPY, "mai", 3, { "void *", "void *", "size_t" } },
		{ DT_FN_RAND, "", 0, { NULL } },
		{ DT_FN_PROGENYOF, "i", 1, { "pid_t" } },
		{ DT_FN_D_PATH, "p", 1, { "struct path *" } },
		{ DT_FN_D_PATH2, "ppi", 3, { "struct vfsmount *",
		    "struct dentry *", "int" } },
		{ DT_FN_SPECULATION, "", 0, { NULL } },
		{ DT_FN_COPYOUT, "pai", 3, { "void *", "uintptr_t",
		    "size_t" } },
		{ DT_FN_COPYOUTSTR, "sai", 3, { "string", "uintptr_t",
		    "size_t" } },
		{ DT_FN_STRTOK, "ms", 2, { "const char *", "const char *" } },
	};
	size_t f = 0;
	while (fns[f].sf_id != id)
		f++;
	int max = (int)strlen(fns[f].sf_args);
	if (nargs < fns[f].sf_min || nargs > max) {
		if (fns[f].sf_min == max)
			SERR(sc, n, D_PROTO_LEN, "%s( ) prototype mismatch: %d "
			    "arg%s passed, %d expected", n->dn_name, nargs,
			    nargs == 1 ? "" : "s", max);
		/* as DTrace, whichever way it is wrong */
		SERR(sc, n, D_PROTO_LEN, "%s( ) prototype mismatch: %d arg%s "
		    "passed, at least %d expected", n->dn_name, nargs,
		    nargs == 1 ? "" : "s", fns[f].sf_min);
	}
	int i = 0;
	for (dt_node_t *a = n->dn_args; a != NULL; a = a->dn_list, i++) {
		const dt_type_t *t = a->dn_type;
		char k = fns[f].sf_args[i];
		if ((k == 's' && dt_type_is_string(t)) ||
		    (k == 'i' && dt_type_is_int(t)) ||
		    (k == 'a' && (dt_type_is_int(t) || dt_type_is_ptr(t))) ||
		    (k == 'm' && (dt_type_is_int(t) || dt_type_is_ptr(t) ||
		    dt_type_is_string(t))) ||
		    (k == 'p' && dt_type_is_ptr(t)))
			continue;
		SERR(sc, a, D_PROTO_ARG, "%s( ) argument #%d is incompatible "
		    "with prototype:\n\tprototype: %s\n\t argument: %s",
		    n->dn_name, i + 1, fns[f].sf_proto[i], tn(a));
	}
	n->dn_type = dt_sema_builtin_type(sc, n->dn_ident);
}

static dt_node_t *dt_sema_xlsrc(dt_node_t *);

/*
 * print(x): as trace(), with x's type kept for the consumer, which prints
 * the value as mdb's ::print -tn (consume/dt_print.c).  Structs, unions
 * and arrays are recorded whole, so they must fit in a record.
 */
static void
dt_sema_print(dt_sctx_t *sc, dt_node_t *n, int nargs)
{
	dt_node_t *a = n->dn_args;

	if (nargs != 1)
		SERR(sc, n, D_PROTO_LEN, "print( ) prototype mismatch: %d "
		    "arg%s passed, 1 expected", nargs, nargs == 1 ? "" : "s");
	if (dt_type_is_void(a->dn_type))
		SERR(sc, a, D_PRINT_VOID, "print( ) may not be applied to a "
		    "void expression");
	if (dt_sema_xlsrc(a) != NULL)
		SERR(sc, a, D_PRINT_DYN, "print( ) may not be applied to a "
		    "translated pointer");
	const dt_type_t *t = dt_type_resolve(a->dn_type);
	if (t->dt_kind == DT_TK_STRUCT || t->dt_kind == DT_TK_UNION ||
	    (t->dt_kind == DT_TK_ARRAY && !dt_type_is_string(t))) {
		if (dt_type_size(t) == 0)
			SERR(sc, a, D_PROTO_ARG, "print( ) of incomplete type %s",
			    tn(a));
		if (dt_type_size(t) > DT_MEMREC_MAX)
			SERR(sc, a, D_CG_TOOBIG, "print( ) of %s: its %zu bytes "
			    "exceed the %d a record may hold", tn(a),
			    dt_type_size(t), DT_MEMREC_MAX);
		return;
	}
	if (!dt_type_is_scalar(t) && !dt_type_is_string(t))
		SERR(sc, a, D_PROTO_ARG, "print( ) of type %s is not supported",
		    tn(a));
}

/* tracemem(addr, size[, dsize]): size bytes at addr, of which dsize are
 * printed; checked in DTrace's order */
static void
dt_sema_tracemem(dt_sctx_t *sc, dt_node_t *n, int nargs)
{
	dt_node_t *addr = n->dn_args, *size, *dsize;

	if (nargs < 2)
		SERR(sc, n, D_PROTO_LEN, "tracemem( ) prototype mismatch: %d "
		    "arg%s passed, at least 2 expected", nargs,
		    nargs == 1 ? "" : "s");
	size = addr->dn_list;
	if (!dt_type_is_int(size->dn_type))
		SERR(sc, size, D_PROTO_ARG, "tracemem( ) argument #2 is "
		    "incompatible with prototype:\n\tprototype: size_t\n\t "
		    "argument: %s", tn(size));
	if ((!dt_type_is_int(addr->dn_type) && !dt_type_is_ptr(addr->dn_type)) ||
	    dt_type_is_string(addr->dn_type))
		SERR(sc, addr, D_TRACEMEM_ADDR, "tracemem( ) argument #1 is "
		    "incompatible with prototype:\n\tprototype: pointer or "
		    "integer\n\t argument: %s", tn(addr));
	if (!(size->dn_flags & DT_NF_CONST) || (dt_type_is_signed(size->dn_type) ?
	    (int64_t)size->dn_value <= 0 : size->dn_value == 0))
		SERR(sc, size, D_TRACEMEM_SIZE, "tracemem( ) argument #2 must "
		    "be a non-zero positive integral constant expression");
	if ((dsize = size->dn_list) != NULL) {
		if (dsize->dn_list != NULL)
			SERR(sc, dsize, D_TRACEMEM_ARGS, "tracemem ( ) prototype "
			    "mismatch: expected at most 3 args");
		if (!dt_type_is_scalar(dsize->dn_type))
			SERR(sc, dsize, D_TRACEMEM_DYNSIZE, "tracemem ( ) dynamic "
			    "size (argument #3) must be of scalar type");
	}
	if (size->dn_value > DT_MEMREC_MAX)
		SERR(sc, size, D_CG_TOOBIG, "tracemem( ) of %llu bytes: at "
		    "most %d can be recorded", (unsigned long long)
		    size->dn_value, DT_MEMREC_MAX);
}

/*
 * The format and arguments of printf() and of the actions that take the
 * same (system(), freopen()): the parsed format goes to n->dn_cg, owned by
 * the clause's records.
 */
static void
dt_sema_pfargs(dt_sctx_t *sc, dt_node_t *n, int nargs)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	dt_node_t *f = n->dn_args;
	dt_errtag_t tag;
	char msg[1024];
	dt_pfmt_t *pf;

	if (nargs == 0)
		SERR(sc, n, D_PROTO_LEN, "%s( ) prototype mismatch: "
		    "0 args passed, at least 1 expected", n->dn_name);
	if (f->dn_kind != DT_NODE_STRING)
		SERR(sc, f, D_PRINTF_ARG_FMT, "%s( ) argument #1 "
		    "is incompatible with prototype:\n\tprototype: "
		    "string constant\n\t argument: %s", n->dn_name, tn(f));
	if (f->dn_string[0] == '\0')
		SERR(sc, n, D_PRINTF_FMT_EMPTY, "%s( ) format string is empty",
		    n->dn_name);
	if (dt_printf_parse(f->dn_string, &pf, &tag, msg,
	    sizeof(msg)) != 0)
		dt_cerror(sc->sc_pcb, n->dn_line, tag, "%s", msg);
	dt_pfargtype_t at[64];
	int na = 0;
	for (dt_node_t *a = f->dn_list; a && na < 64; a = a->dn_list) {
		const dt_type_t *t = dt_type_resolve(a->dn_type);
		dt_pfargtype_t *p = &at[na++];
		p->pat_name = dt_type_name(a->dn_type);
		p->pat_size = (int)dt_type_size(t);
		p->pat_signed = dt_type_is_signed(t);
		p->pat_kind = dt_type_is_string(t) ? DT_PFA_STRING :
		    dt_type_is_ptr(t) ? DT_PFA_PTR :
		    dt_type_is_int(t) ? DT_PFA_INT :
		    t->dt_kind == DT_TK_FLOAT ? DT_PFA_FLOAT :
		    DT_PFA_OTHER;
	}
	if (dt_printf_validate(pf, n->dn_name, at, na, &tag, msg,
	    sizeof(msg)) != 0) {
		dt_printf_free(pf);
		dt_cerror(sc->sc_pcb, n->dn_line, tag, "%s", msg);
	}
	n->dn_cg = pf;          /* owned by the clause's records */
	dt_sema_pfuser(dtp, pf);
}

static void
dt_sema_call(dt_sctx_t *sc, dt_node_t *n)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	dt_ident_t *fn = dt_ident_func(n->dn_name);
	int nargs = dt_node_count(n->dn_args);

	if (fn == NULL) {
		if (dt_ident_builtin(n->dn_name) != NULL ||
		    dt_ident_lookup(dtp, DT_IDS_GLOBAL, n->dn_name) != NULL)
		{
			dt_ident_t *v = dt_ident_lookup(dtp, DT_IDS_GLOBAL,
			    n->dn_name);
			SERR(sc, n, D_FUNC_IDENT, "%s '%s' may not be referenced "
			    "as a function", v ? dt_sema_kindname(v) : "scalar",
			    n->dn_name);
		}
		sc->sc_pcb->pcb_region = NULL;   /* found while parsing */
		SERR(sc, n, D_FUNC_UNDEF, "undefined function name: %s",
		    n->dn_name);
	}
	n->dn_ident = fn;
	if (DT_FN_ISAGG(fn->di_id))
		SERR(sc, n, D_CG_EXPR, "aggregating function %s( ) may not be "
		    "called from a D expression (D program context required)",
		    n->dn_name);
	if (fn->di_id >= DT_FN_PRINTA && fn->di_id <= DT_FN_SETOPT) {
		dt_sema_aggaction(sc, n, fn->di_id, nargs);
		n->dn_type = sc->sc_bt->bt_void;
		n->dn_flags |= DT_NF_ACTION;
		return;
	}
	if (fn->di_id == DT_FN_PRINT && n->dn_args != NULL &&
	    n->dn_args->dn_kind == DT_NODE_AGG)
		SERR(sc, n->dn_args, D_PRINT_AGG, "print( ) may not be applied "
		    "to an aggregation -- did you mean printa()?");
	for (dt_node_t *a = n->dn_args; a; a = a->dn_list)
		dt_sema_expr(sc, a);

	if (DT_FN_ISSTR(fn->di_id) || DT_FN_ISSUBR(fn->di_id)) {
		if (fn->di_id == DT_FN_PROGENYOF)
			dtp->dt_need_task = 1;
		if (fn->di_id == DT_FN_STRTOK)
			dtp->dt_use_strtok = 1;
		if (fn->di_id == DT_FN_SPECULATION)
			dtp->dt_use_spec = 1;
		dt_sema_subr(sc, n, fn->di_id, nargs);
		return;
	}
	switch (fn->di_id) {
	case DT_FN_SYM:
	case DT_FN_FUNC:
	case DT_FN_MOD:
	case DT_FN_USYM:
	case DT_FN_UFUNC:
	case DT_FN_UMOD:
	case DT_FN_UADDR:
		/* the address, printed as its symbol or module: the kernel's,
		 * or (u*) the current process's */
		if (nargs != 1)
			SERR(sc, n, D_PROTO_LEN, "%s( ) prototype mismatch: %d "
			    "arg%s passed, 1 expected", n->dn_name, nargs,
			    nargs == 1 ? "" : "s");
		if (!dt_type_is_int(n->dn_args->dn_type) &&
		    !dt_type_is_ptr(n->dn_args->dn_type))
			SERR(sc, n, D_PROTO_ARG, "%s( ) argument #1 is "
			    "incompatible with prototype:\n\tprototype: "
			    "uintptr_t\n\t argument: %s", n->dn_name,
			    tn(n->dn_args));
		switch (fn->di_id) {
		case DT_FN_MOD: n->dn_type = sc->sc_bt->bt_modaddr; break;
		case DT_FN_USYM:
		case DT_FN_UFUNC: n->dn_type = sc->sc_bt->bt_usymaddr; break;
		case DT_FN_UMOD: n->dn_type = sc->sc_bt->bt_umodaddr; break;
		case DT_FN_UADDR: n->dn_type = sc->sc_bt->bt_uaddr; break;
		default: n->dn_type = sc->sc_bt->bt_symaddr;
		}
		if (DT_STK_ISUSER(dt_type_stack(n->dn_type)))
			sc->sc_dtp->dt_use_stacks |= 4;   /* see %A */
		return;
	case DT_FN_PSARGS:
		if (nargs != 1 || !dt_type_is_ptr(n->dn_args->dn_type))
			SERR(sc, n, D_PROTO_ARG, "__psargs( ) takes a "
			    "struct task_struct *");
		n->dn_type = sc->sc_bt->bt_string;
		return;
	case DT_FN_STACK:
	case DT_FN_USTACK: {
		const char *nm = fn->di_id == DT_FN_STACK ? "stack" : "ustack";
		if (nargs > 1)
			SERR(sc, n, D_PROTO_LEN, "%s( ) prototype mismatch: %d "
			    "args passed, at most 1 expected", nm, nargs);
		if (nargs == 1 && (!(n->dn_args->dn_flags & DT_NF_CONST) ||
		    !dt_type_is_int(n->dn_args->dn_type)))
			SERR(sc, n, D_PROTO_ARG, "%s( ) argument #1 is "
			    "incompatible with prototype:\n\tprototype: int "
			    "constant\n\t argument: %s", nm, tn(n->dn_args));
		if (nargs == 1 && ((int64_t)n->dn_args->dn_value < 1 ||
		    n->dn_args->dn_value > DT_STACK_MAXFRAMES))
			SERR(sc, n, D_PROTO_ARG, "%s( ) frame count must be "
			    "between 1 and %d", nm, DT_STACK_MAXFRAMES);
		dtp->dt_use_stacks |= fn->di_id == DT_FN_STACK ? 1 : 2;
		n->dn_type = fn->di_id == DT_FN_STACK ? sc->sc_bt->bt_stack :
		    sc->sc_bt->bt_ustack;
		return;
	}
	case DT_FN_TRACE:
		if (nargs != 1)
			SERR(sc, n, D_PROTO_LEN, "trace( ) prototype mismatch: "
			    "%d arg%s passed, 1 expected", nargs,
			    nargs == 1 ? "" : "s");
		if (dt_type_is_void(n->dn_args->dn_type))
			SERR(sc, n, D_TRACE_VOID, "trace( ) may not be applied "
			    "to a void expression");
		if (dt_sema_isbytes(n->dn_args->dn_type)) {
			/* its bytes, dumped as tracemem() does */
			size_t sz = dt_type_size(n->dn_args->dn_type);
			if (sz == 0)
				SERR(sc, n, D_PROTO_ARG, "trace( ) of incomplete "
				    "type %s", tn(n->dn_args));
			if (sz > DT_MEMREC_MAX)
				SERR(sc, n, D_CG_TOOBIG, "trace( ) of %s: its "
				    "%zu bytes exceed the %d a record may hold",
				    tn(n->dn_args), sz, DT_MEMREC_MAX);
			break;
		}
		if (!dt_type_is_scalar(n->dn_args->dn_type) &&
		    !dt_type_is_string(n->dn_args->dn_type))
			SERR(sc, n, D_PROTO_ARG, "trace( ) of type %s is not "
			    "supported yet", tn(n->dn_args));
		break;
	case DT_FN_SPECULATE:
	case DT_FN_COMMIT:
	case DT_FN_DISCARD:
		if (nargs != 1)
			SERR(sc, n, D_PROTO_LEN, "%s( ) prototype mismatch: "
			    "%d arg%s passed, 1 expected", n->dn_name, nargs,
			    nargs == 1 ? "" : "s");
		if (!dt_type_is_int(n->dn_args->dn_type))
			SERR(sc, n, D_PROTO_ARG, "%s( ) argument #1 is "
			    "incompatible with prototype:\n\tprototype: int\n\t"
			    " argument: %s", n->dn_name, tn(n->dn_args));
		if (fn->di_id == DT_FN_SPECULATE) {
			if (sc->sc_loops > 0 || sc->sc_conds > 0)
				SERR(sc, n, D_SPEC_PLACE, "speculate( ) may not "
				    "be used in an if statement or a loop: it "
				    "makes the whole clause speculative");
			sc->sc_clause->cl_spec = 1;
		}
		dtp->dt_use_spec = 1;
		break;
	case DT_FN_PRINT:
		dt_sema_print(sc, n, nargs);
		break;
	case DT_FN_TRACEMEM:
		dt_sema_tracemem(sc, n, nargs);
		break;
	case DT_FN_EXIT:
		if (nargs != 1)
			SERR(sc, n, D_PROTO_LEN, "exit( ) prototype mismatch: "
			    "%d arg%s passed, 1 expected", nargs,
			    nargs == 1 ? "" : "s");
		if (!dt_type_is_int(n->dn_args->dn_type))
			SERR(sc, n, D_PROTO_ARG, "exit( ) argument #1 is "
			    "incompatible with prototype:\n\tprototype: int\n\t"
			    " argument: %s", tn(n->dn_args));
		break;
	case DT_FN_PRINTF:
		dt_sema_pfargs(sc, n, nargs);
		break;
	case DT_FN_SYSTEM:
	case DT_FN_FREOPEN:
		/* printf()'s arguments; freopen("") goes back to the
		 * original output (n->dn_cg stays NULL) */
		if (fn->di_id == DT_FN_FREOPEN && nargs == 1 &&
		    n->dn_args->dn_kind == DT_NODE_STRING &&
		    n->dn_args->dn_string[0] == '\0')
			break;
		dt_sema_pfargs(sc, n, nargs);
		break;
	case DT_FN_STOP:
	case DT_FN_FTRUNCATE:
		if (nargs != 0)
			SERR(sc, n, D_PROTO_LEN, "%s( ) prototype mismatch: "
			    "%d arg%s passed, 0 expected", n->dn_name, nargs,
			    nargs == 1 ? "" : "s");
		break;
	case DT_FN_RAISE:
	case DT_FN_CHILL:
		if (nargs != 1)
			SERR(sc, n, D_PROTO_LEN, "%s( ) prototype mismatch: "
			    "%d arg%s passed, 1 expected", n->dn_name, nargs,
			    nargs == 1 ? "" : "s");
		if (!dt_type_is_int(n->dn_args->dn_type))
			SERR(sc, n, D_PROTO_ARG, "%s( ) argument #1 is "
			    "incompatible with prototype:\n\tprototype: int\n\t"
			    " argument: %s", n->dn_name, tn(n->dn_args));
		break;
	case DT_FN_PANIC:
		SERR(sc, n, D_ACT_UNSUP, "panic( ) is not supported: a BPF "
		    "program cannot panic the kernel");
	case DT_FN_BREAKPOINT:
		SERR(sc, n, D_ACT_UNSUP, "breakpoint( ) is not supported: a "
		    "BPF program cannot stop the kernel in a debugger");
	}
	n->dn_type = sc->sc_bt->bt_void;
	n->dn_flags |= DT_NF_ACTION;
}

/*
 * &x, as DTrace: the address of an object in memory (p->m, *p, p[i], a
 * kernel variable, a kernel function's &`name), but not of a D variable
 * (DTrace may move them between firings), a translated object, a
 * bit-field or a value.  As in DTrace, a member of a struct variable has
 * one, in the variable's storage.
 */
static void
dt_sema_addrof(dt_sctx_t *sc, dt_node_t *n)
{
	dt_node_t *l = n->dn_left;

	if (l->dn_kind == DT_NODE_AGG)
		SERR(sc, n, D_ADDROF_VAR, "cannot take address of dynamic "
		    "variable");
	sc->sc_addrof = 1;
	dt_sema_expr(sc, l);
	sc->sc_addrof = 0;
	if ((l->dn_kind == DT_NODE_IDENT && l->dn_ident != NULL &&
	    l->dn_ident->di_kind != DT_IDK_ENUM &&
	    l->dn_ident->di_kind != DT_IDK_KSYM) ||
	    (l->dn_kind == DT_NODE_INDEX && l->dn_aux != 1))
		SERR(sc, n, D_ADDROF_VAR, "cannot take address of dynamic "
		    "variable");
	if (l->dn_kind == DT_NODE_XLATE || (l->dn_kind == DT_NODE_OP1 &&
	    dt_sema_xlsrc(l->dn_left) != NULL))
		SERR(sc, n, D_ADDROF_VAR, "cannot take address of dynamic "
		    "object");
	if (!(l->dn_flags & DT_NF_LVAL) || (l->dn_kind == DT_NODE_MEMBER &&
	    l->dn_cg != NULL))
		SERR(sc, n, D_ADDROF_LVAL, "unacceptable operand for unary & "
		    "operator");
	if (l->dn_kind == DT_NODE_MEMBER && l->dn_bits != 0)
		SERR(sc, n, D_ADDROF_BITFIELD, "cannot take address of "
		    "bit-field");
	n->dn_type = dt_type_ptr(sc->sc_dtp->dt_types, l->dn_type);
}

static void
dt_sema_op1(dt_sctx_t *sc, dt_node_t *n)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	dt_node_t *l = n->dn_left;
	const char *op = dt_sema_opname(n->dn_op);

	switch (n->dn_op) {
	case DT_TOK_PREINC: case DT_TOK_PREDEC:
	case DT_TOK_POSTINC: case DT_TOK_POSTDEC:
		if (l->dn_kind != DT_NODE_IDENT && l->dn_kind != DT_NODE_INDEX &&
		    l->dn_kind != DT_NODE_MEMBER)
			SERR(sc, n, D_OP_LVAL, "operator %s requires modifiable "
			    "lvalue as an operand", op);
		sc->sc_lhs = 1;
		dt_sema_expr(sc, l);
		sc->sc_lhs = 0;
		if (dt_sema_undeclared(l))
			dt_sema_implicit(sc, l, sc->sc_bt->bt_int);
		if (l->dn_kind == DT_NODE_MEMBER &&
		    !(l->dn_flags & DT_NF_WRITABLE))
			SERR(sc, n, D_OP_LVAL, "operator %s requires modifiable "
			    "lvalue as an operand", op);
		if (!dt_type_is_int(l->dn_type))
			SERR(sc, n, D_OP_SCALAR, "operator %s requires "
			    "operand of scalar type", op);
		if (!(l->dn_flags & DT_NF_WRITABLE))
			SERR(sc, n, D_OP_WRITE, "operator %s can only be applied "
			    "to a writable variable", op);
		n->dn_type = l->dn_type;
		return;
	case DT_TOK_ADDROF:
		dt_sema_addrof(sc, n);
		return;
	default:
		break;
	}
	dt_sema_expr(sc, l);
	switch (n->dn_op) {
	case DT_TOK_LNEG:
		if (!dt_type_is_scalar(l->dn_type))
			SERR(sc, n, D_OP_SCALAR, "operator %s requires an operand "
			    "of scalar type", op);
		n->dn_type = sc->sc_bt->bt_int;
		if (dt_sema_isconst(l))
			dt_sema_setconst(n, n->dn_type, l->dn_value == 0);
		return;
	case DT_TOK_BNEG:
		if (!dt_type_is_int(l->dn_type))
			SERR(sc, n, D_OP_INT, "operator %s requires an operand "
			    "of integral type", op);
		n->dn_type = dt_type_promote(dtp->dt_types, l->dn_type);
		if (dt_sema_isconst(l))
			dt_sema_setconst(n, n->dn_type, ~l->dn_value);
		return;
	case DT_TOK_INEG:
	case DT_TOK_IPOS:
		if (!dt_type_is_arith(l->dn_type))
			SERR(sc, n, D_OP_ARITH, "operator %s requires an operand "
			    "of arithmetic type", op);
		n->dn_type = dt_type_promote(dtp->dt_types, l->dn_type);
		if (dt_sema_isconst(l))
			dt_sema_setconst(n, n->dn_type, n->dn_op == DT_TOK_INEG ?
			    -l->dn_value : l->dn_value);
		return;
	case DT_TOK_DEREF: {
		const dt_type_t *pt = dt_type_resolve(l->dn_type);
		if (pt->dt_kind == DT_TK_ARRAY && (dt_sema_inmem(l) ||
		    dt_type_is_string(pt)))
			pt = dt_type_ptr(dtp->dt_types, pt->dt_base);
		if (pt->dt_kind != DT_TK_PTR)
			SERR(sc, n, D_DEREF_NONPTR, "cannot dereference non-pointer "
			    "type");
		const dt_type_t *bt = dt_type_resolve(pt->dt_base);
		if (bt->dt_kind == DT_TK_VOID)
			SERR(sc, n, D_DEREF_VOID, "cannot dereference pointer to "
			    "void");
		if (bt->dt_kind == DT_TK_STRUCT || bt->dt_kind == DT_TK_UNION)
			dt_btf_complete(sc->sc_dtp, (dt_type_t *)bt);
		if (!dt_type_is_scalar(bt) && bt->dt_kind != DT_TK_STRUCT &&
		    bt->dt_kind != DT_TK_UNION && bt->dt_kind != DT_TK_ARRAY)
			SERR(sc, n, D_OP_PTR, "dereferencing a pointer to %s is "
			    "not supported yet", dt_type_name(bt));
		n->dn_type = pt->dt_base;
		n->dn_flags |= DT_NF_LVAL;
		/* *a of an array inside a D variable is its element 0 */
		if ((l->dn_flags & DT_NF_WRITABLE) &&
		    dt_type_resolve(l->dn_type)->dt_kind == DT_TK_ARRAY)
			n->dn_flags |= DT_NF_WRITABLE;
		return;
	}
	default:
		SERR(sc, n, D_OP_PTR, "operator %s is not supported yet", op);
	}
}

static uint64_t
dt_sema_fold2(dt_token_t op, const dt_type_t *t, uint64_t a, uint64_t b)
{
	int s = dt_type_is_signed(t);
	switch (op) {
	case DT_TOK_ADD: return a + b;
	case DT_TOK_SUB: return a - b;
	case DT_TOK_MUL: return a * b;
	case DT_TOK_DIV:
		if (s && (int64_t)b == -1)
			return -a;
		return s ? (uint64_t)((int64_t)a / (int64_t)b) : a / b;
	case DT_TOK_MOD:
		if (s && (int64_t)b == -1)
			return 0;
		return s ? (uint64_t)((int64_t)a % (int64_t)b) : a % b;
	case DT_TOK_BAND: return a & b;
	case DT_TOK_BOR: return a | b;
	case DT_TOK_XOR: return a ^ b;
	case DT_TOK_LSH: return b >= 64 ? 0 : a << b;
	case DT_TOK_RSH:
		if (b >= 64)
			return s && (int64_t)a < 0 ? ~0ULL : 0;
		return s ? (uint64_t)((int64_t)a >> b) : a >> b;
	default: return 0;
	}
}

static void
dt_sema_op2(dt_sctx_t *sc, dt_node_t *n)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	dt_node_t *l = n->dn_left, *r = n->dn_right;
	const char *op = dt_sema_opname(n->dn_op);
	dt_type_t *t;

	if (dt_token_is_asgn(n->dn_op)) {
		dt_sema_assign(sc, n);
		return;
	}
	dt_sema_expr(sc, l);
	dt_sema_expr(sc, r);

	switch (n->dn_op) {
	case DT_TOK_COMMA:
		n->dn_type = r->dn_type;
		return;
	case DT_TOK_LAND: case DT_TOK_LOR: case DT_TOK_LXOR:
		if (!dt_type_is_scalar(l->dn_type) ||
		    !dt_type_is_scalar(r->dn_type))
			SERR(sc, n, D_OP_SCALAR, "operator %s requires operands "
			    "of scalar type", op);
		n->dn_type = sc->sc_bt->bt_int;
		if (dt_sema_isconst(l) && dt_sema_isconst(r)) {
			int a = l->dn_value != 0, b = r->dn_value != 0;
			dt_sema_setconst(n, n->dn_type, n->dn_op == DT_TOK_LAND ?
			    (a && b) : n->dn_op == DT_TOK_LOR ? (a || b) :
			    (a != b));
		}
		return;
	case DT_TOK_EQU: case DT_TOK_NEQ: case DT_TOK_LT: case DT_TOK_LE:
	case DT_TOK_GT: case DT_TOK_GE: {
		int ls = dt_type_is_string(l->dn_type);
		int rs = dt_type_is_string(r->dn_type);
		n->dn_type = sc->sc_bt->bt_int;
		if (ls || rs) {
			/* as DTrace, a string is a char array: it compares
			 * with a void * or char * (NULL) as an address */
			dt_node_t *o = ls ? r : l;
			const dt_type_t *ot = dt_type_resolve(o->dn_type);
			const dt_type_t *ob = ot->dt_kind == DT_TK_PTR ?
			    dt_type_resolve(ot->dt_base) : NULL;
			if (!(ls && rs) && !(ob != NULL && (ob->dt_kind ==
			    DT_TK_VOID || (ob->dt_kind == DT_TK_INT &&
			    ob->dt_size == 1))) && !(dt_sema_isconst(o) &&
			    dt_type_is_int(o->dn_type) && o->dn_value == 0))
				SERR(sc, n, D_OP_INCOMPAT, "operands have "
				    "incompatible types: \"%s\" %s \"%s\"",
				    tn(l), op, tn(r));
			return;
		}
		/* as DTrace: a struct against another type is incompatible */
		if ((dt_type_is_sou(l->dn_type) || dt_type_is_sou(r->dn_type)) &&
		    dt_type_resolve(l->dn_type) != dt_type_resolve(r->dn_type))
			SERR(sc, n, D_OP_INCOMPAT, "operands have incompatible "
			    "types: \"%s\" %s \"%s\"", tn(l), op, tn(r));
		if (!dt_type_is_scalar(l->dn_type) ||
		    !dt_type_is_scalar(r->dn_type))
			SERR(sc, n, D_OP_SCALAR, "operator %s requires operands "
			    "of scalar type", op);
		if (dt_sema_isconst(l) && dt_sema_isconst(r)) {
			dt_type_t *ct = dt_type_arith(dtp->dt_types,
			    l->dn_type, r->dn_type);
			int s = dt_type_is_signed(ct);
			/* compared as they are, like registers */
			uint64_t a = l->dn_value;
			uint64_t b = r->dn_value;
			int64_t sa = (int64_t)a, sb = (int64_t)b;
			int v = 0;
			switch (n->dn_op) {
			case DT_TOK_EQU: v = a == b; break;
			case DT_TOK_NEQ: v = a != b; break;
			case DT_TOK_LT: v = s ? sa < sb : a < b; break;
			case DT_TOK_LE: v = s ? sa <= sb : a <= b; break;
			case DT_TOK_GT: v = s ? sa > sb : a > b; break;
			default: v = s ? sa >= sb : a >= b; break;
			}
			dt_sema_setconst(n, n->dn_type, v);
		}
		return;
	}
	case DT_TOK_ADD: case DT_TOK_SUB: case DT_TOK_MUL: case DT_TOK_DIV:
		if (!dt_type_is_arith(l->dn_type) ||
		    !dt_type_is_arith(r->dn_type)) {
			int lp = dt_type_is_ptr(l->dn_type);
			int rp = dt_type_is_ptr(r->dn_type);
			/* pointer + integer, integer + pointer, pointer -
			 * integer: a pointer, moved by elements; pointer -
			 * pointer of one type: the elements between them */
			if ((n->dn_op == DT_TOK_ADD && lp + rp == 1 &&
			    dt_type_is_int(lp ? r->dn_type : l->dn_type)) ||
			    (n->dn_op == DT_TOK_SUB && lp && dt_type_is_int(
			    r->dn_type))) {
				n->dn_type = lp ? l->dn_type : r->dn_type;
				return;
			}
			if (n->dn_op == DT_TOK_SUB && lp && rp &&
			    dt_type_resolve(dt_type_resolve(l->dn_type)->
			    dt_base) == dt_type_resolve(dt_type_resolve(
			    r->dn_type)->dt_base)) {
				n->dn_type = sc->sc_bt->bt_long;
				return;
			}
			if (n->dn_op == DT_TOK_ADD || n->dn_op == DT_TOK_SUB)
				SERR(sc, n, D_OP_INCOMPAT, "operands have "
				    "incompatible types: \"%s\" %s \"%s\"",
				    tn(l), op, tn(r));
			SERR(sc, n, D_OP_ARITH, "operator %s requires operands "
			    "of arithmetic type", op);
		}
		t = dt_type_arith(dtp->dt_types, l->dn_type, r->dn_type);
		break;
	case DT_TOK_MOD: case DT_TOK_BAND: case DT_TOK_BOR: case DT_TOK_XOR:
		if (!dt_type_is_int(l->dn_type) || !dt_type_is_int(r->dn_type))
			SERR(sc, n, D_OP_INT, "operator %s requires operands of "
			    "integral type", op);
		t = dt_type_arith(dtp->dt_types, l->dn_type, r->dn_type);
		break;
	case DT_TOK_LSH: case DT_TOK_RSH:
		if (!dt_type_is_int(l->dn_type) || !dt_type_is_int(r->dn_type))
			SERR(sc, n, D_OP_INT, "operator %s requires operands of "
			    "integral type", op);
		t = dt_type_promote(dtp->dt_types, l->dn_type);
		break;
	default:
		SERR(sc, n, D_SYNTAX, "operator %s is not supported here", op);
	}
	n->dn_type = t;
	if ((n->dn_op == DT_TOK_DIV || n->dn_op == DT_TOK_MOD) &&
	    dt_sema_isconst(r) && dt_sema_fit(t, r->dn_value) == 0)
	{
		sc->sc_pcb->pcb_region = NULL;   /* DTrace folds while parsing */
		SERR(sc, n, D_DIV_ZERO, "expression contains division by zero");
	}
	if (dt_sema_isconst(l) && dt_sema_isconst(r) && dt_type_is_int(t)) {
		/* as the generated code: 64-bit arithmetic on the operands as
		 * they are, the result not cut to its type */
		dt_sema_setconst(n, t, dt_sema_fold2(n->dn_op, t,
		    l->dn_value, r->dn_value));
		n->dn_value = dt_sema_fold2(n->dn_op, t, l->dn_value,
		    r->dn_value);
	}
}

static void
dt_sema_op3(dt_sctx_t *sc, dt_node_t *n)
{
	dt_node_t *c = n->dn_cond, *l = n->dn_left, *r = n->dn_right;

	dt_sema_expr(sc, c);
	dt_sema_expr(sc, l);
	dt_sema_expr(sc, r);
	if (!dt_type_is_scalar(c->dn_type))
		SERR(sc, n, D_OP_SCALAR, "operator ?: expression must be of "
		    "scalar type");
	if (dt_type_is_arith(l->dn_type) && dt_type_is_arith(r->dn_type))
		n->dn_type = dt_type_arith(sc->sc_dtp->dt_types, l->dn_type,
		    r->dn_type);
	else if (dt_type_is_string(l->dn_type) && dt_type_is_string(r->dn_type))
		n->dn_type = sc->sc_bt->bt_string;
	else if (dt_type_compat(l->dn_type, r->dn_type) == 0 &&
	    dt_type_is_ptr(l->dn_type))
		n->dn_type = l->dn_type;
	else
		SERR(sc, n, D_OP_INCOMPAT, "operator ?: operands must have "
		    "compatible types");
	if (dt_sema_isconst(c) && dt_sema_isconst(l) && dt_sema_isconst(r) &&
	    dt_type_is_int(n->dn_type))
		dt_sema_setconst(n, n->dn_type, c->dn_value ? l->dn_value :
		    r->dn_value);
}

/* ---- kernel memory: members, pointers, translators ---------------------- */

/* A struct, union or array that the code generator holds as its address:
 * in kernel memory, reached through a pointer, or in a D variable's
 * storage (cg/dt_cg_ref.c).  Translated structs have no such address. */
static int
dt_sema_inmem(const dt_node_t *n)
{
	const dt_type_t *t = dt_type_resolve(n->dn_type);

	if ((n->dn_flags & DT_NF_WRITABLE) && t != NULL &&
	    (dt_type_is_sou(t) || t->dt_kind == DT_TK_ARRAY))
		return 1;
	switch (n->dn_kind) {
	case DT_NODE_IDENT:
		return n->dn_ident != NULL && n->dn_ident->di_kind ==
		    DT_IDK_KSYM;
	case DT_NODE_MEMBER:
		return n->dn_op == DT_TOK_PTR || dt_sema_inmem(n->dn_left);
	case DT_NODE_OP1:
		return n->dn_op == DT_TOK_DEREF;
	case DT_NODE_INDEX:
		return n->dn_aux == 1;          /* pointer or array subscript */
	default:
		return 0;
	}
}

/* the xlate<> expression an operand stands for, directly or by an inline
 * (curpsinfo), or NULL */
static dt_node_t *
dt_sema_xlsrc(dt_node_t *n)
{
	if (n->dn_kind == DT_NODE_XLATE)
		return n;
	if (n->dn_kind == DT_NODE_IDENT && n->dn_ident != NULL &&
	    n->dn_ident->di_kind == DT_IDK_INLINE &&
	    n->dn_ident->di_inline->dn_kind == DT_NODE_XLATE)
		return n->dn_ident->di_inline;
	return NULL;
}

/*
 * x->m of a translated struct: the translator's expression for m, with its
 * input name bound to the operand of xlate<>, checked here in the clause's
 * context and converted to m's type.  n becomes that expression.
 */
static void
dt_sema_xlmember(dt_sctx_t *sc, dt_node_t *n, dt_node_t *x)
{
	dt_xlator_t *xl = x->dn_cg;
	const dt_type_t *st = dt_type_resolve(xl->xl_to);
	dt_member_t *m = dt_type_member(st, n->dn_name);
	dt_node_t *mi;

	if (m == NULL)
		SERR(sc, n, D_TYPE_MEMBER, "%s is not a member of %s",
		    n->dn_name, dt_type_name(xl->xl_to));
	for (mi = xl->xl_members; mi != NULL; mi = mi->dn_list)
		if (strcmp(mi->dn_name, n->dn_name) == 0)
			break;
	if (mi == NULL)
		SERR(sc, n, D_XLATE_NOCONV, "translator does not define "
		    "conversion for member: %s", n->dn_name);
	dt_node_t *e = dt_node_clone(sc->sc_pcb->pcb_arena, mi->dn_left,
	    xl->xl_arg, x->dn_left);
	dt_sema_expr(sc, e);
	if (dt_type_compat(m->dm_type, e->dn_type) != 0)
		SERR(sc, n, D_XLATE_NOCONV, "translator member %s has type "
		    "\"%s\", not \"%s\"", n->dn_name, tn(e),
		    dt_type_name(m->dm_type));
	dt_node_t *keep = n->dn_list;
	int line = n->dn_line;
	memset(n, 0, sizeof(*n));
	n->dn_kind = DT_NODE_CAST;
	n->dn_line = line;
	n->dn_list = keep;
	n->dn_left = e;
	n->dn_type = m->dm_type;
	if (dt_sema_isconst(e) && dt_type_is_int(m->dm_type))
		dt_sema_setconst(n, m->dm_type, e->dn_value);
}

/* left . name and left -> name */
static void
dt_sema_member(dt_sctx_t *sc, dt_node_t *n)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	dt_node_t *l = n->dn_left;
	int ptr = n->dn_op == DT_TOK_PTR;
	const char *op = ptr ? "->" : ".";
	int lhs = sc->sc_lhs;

	sc->sc_lhs = 0;             /* x.m = e assigns x.m, not x */
	dt_sema_expr(sc, l);
	sc->sc_lhs = lhs;
	const dt_type_t *lt = dt_type_resolve(l->dn_type);
	if (ptr && lt->dt_kind != DT_TK_PTR)
		SERR(sc, n, D_OP_PTR, "operator -> must be applied to a pointer");
	dt_type_t *st = (dt_type_t *)dt_type_resolve(ptr ? lt->dt_base : lt);
	if (st->dt_kind != DT_TK_STRUCT && st->dt_kind != DT_TK_UNION)
		SERR(sc, n, D_OP_SOU, ptr ? "operator -> cannot be applied to "
		    "pointer to type \"%s\"; must be applied to a struct or "
		    "union pointer" : "operator . cannot be applied to type "
		    "\"%s\"; must be applied to a struct or union",
		    dt_type_name(ptr ? lt->dt_base : l->dn_type));
	dt_node_t *x = dt_sema_xlsrc(l);
	if (x != NULL) {
		dt_sema_xlmember(sc, n, x);
		return;
	}
	if (dt_btf_complete(dtp, st) != 0 || !st->dt_defined)
		SERR(sc, n, D_OP_INCOMPLETE, "operator %s cannot be applied to "
		    "a forward declaration: no %s definition is available", op,
		    st->dt_name);
	if (!ptr && !dt_sema_inmem(l))
		SERR(sc, n, D_OP_SOU, "operator . is not supported on this "
		    "expression yet");
	uint32_t off;
	dt_member_t *m = dt_btf_member(dtp, st, n->dn_name, &off);
	if (m == NULL)
		SERR(sc, n, D_TYPE_MEMBER, "%s is not a member of %s",
		    n->dn_name, st->dt_name);
	n->dn_type = m->dm_type;
	n->dn_value = off;
	n->dn_bits = (int)m->dm_bits;
	n->dn_flags |= DT_NF_LVAL;
	/* a member of a D variable is in the variable's storage */
	if (!ptr && (l->dn_flags & DT_NF_WRITABLE))
		n->dn_flags |= DT_NF_WRITABLE;
}

/* p[i] of a pointer or array: *(p + i) */
static void
dt_sema_ptrindex(dt_sctx_t *sc, dt_node_t *n)
{
	dt_node_t *b = n->dn_left, *i = n->dn_args;
	const dt_type_t *bt = dt_type_resolve(b->dn_type);

	if (bt->dt_kind == DT_TK_ARRAY && !dt_sema_inmem(b))
		SERR(sc, n, D_ARR_BADREF, "indexing of this array is not "
		    "supported yet");
	if (i == NULL || i->dn_list != NULL)
		SERR(sc, n, D_ARR_BADREF, "pointers and arrays take one "
		    "subscript");
	if (i->dn_type == NULL)
		dt_sema_expr(sc, i);
	if (!dt_type_is_int(i->dn_type))
		SERR(sc, n, D_OP_INT, "array subscript must be of integral type");
	const dt_type_t *et = dt_type_resolve(bt->dt_base);
	if (et->dt_kind == DT_TK_VOID)
		SERR(sc, n, D_DEREF_VOID, "cannot dereference pointer to void");
	dt_btf_complete(sc->sc_dtp, (dt_type_t *)et);
	if (dt_type_size(et) == 0)
		SERR(sc, n, D_OP_INCOMPLETE, "cannot index a pointer to an "
		    "incomplete type: %s", dt_type_name(bt->dt_base));
	if (bt->dt_kind == DT_TK_ARRAY && bt->dt_nelems > 0 &&
	    dt_sema_isconst(i) && i->dn_value >= bt->dt_nelems)
		SERR(sc, n, D_ARR_BADREF, "index %lld is out of range for "
		    "array of %zu elements", (long long)i->dn_value,
		    bt->dt_nelems);
	n->dn_type = bt->dt_base;
	n->dn_aux = 1;
	n->dn_flags |= DT_NF_LVAL;
	/* an element of an array in a D variable is in its storage */
	if (bt->dt_kind == DT_TK_ARRAY && (b->dn_flags & DT_NF_WRITABLE))
		n->dn_flags |= DT_NF_WRITABLE;
}

/* the translator to struct st from type 'from': one for exactly that type
 * if there is one, else one 'from' converts to */
static dt_xlator_t *
dt_sema_xlfind(dtrace_hdl_t *dtp, const dt_type_t *st, const dt_type_t *from)
{
	dt_xlator_t *best = NULL;

	for (dt_xlator_t *xl = dtp->dt_xlators; xl != NULL; xl = xl->xl_next) {
		if (dt_type_resolve(xl->xl_to) != st ||
		    dt_type_compat(xl->xl_from, from) != 0)
			continue;
		if (best == NULL || dt_type_resolve(xl->xl_from) ==
		    dt_type_resolve(from))
			best = xl;
	}
	return best;
}

static void dt_sema_xlate_to(dt_sctx_t *, dt_node_t *, dt_type_t *);

/* xlate <type> (expr) */
static void
dt_sema_xlate(dt_sctx_t *sc, dt_node_t *n)
{
	dt_sema_xlate_to(sc, n, dt_sema_decl_type(sc->sc_dtp, sc->sc_pcb,
	    n->dn_decl));
}

/*
 * fds[fd], DTrace's array of the current process's files: xlate
 * <fileinfo_t> (fd), by the D library's translator from a descriptor
 * number.  A variable the program declares as fds is that variable.
 */
static int
dt_sema_fds(dt_sctx_t *sc, dt_node_t *n)
{
	dt_node_t *l = n->dn_left;
	dt_type_t *fi;

	if (l->dn_kind != DT_NODE_IDENT || l->dn_scope != DT_SCOPE_NONE ||
	    strcmp(l->dn_name, "fds") != 0 ||
	    dt_ident_lookup(sc->sc_dtp, DT_IDS_GLOBAL, "fds") != NULL ||
	    (fi = dt_type_lookup(sc->sc_dtp->dt_types, "fileinfo_t")) == NULL)
		return 0;
	if (dt_node_count(n->dn_args) != 1)
		SERR(sc, n, D_ARR_BADREF, "fds[ ] takes one index, the file "
		    "descriptor");
	n->dn_kind = DT_NODE_XLATE;
	n->dn_left = n->dn_args;
	n->dn_args = NULL;
	dt_sema_expr(sc, n->dn_left);
	if (!dt_type_is_int(n->dn_left->dn_type))
		SERR(sc, n, D_ARR_BADREF, "fds[ ] index must be an integer "
		    "(a file descriptor), not %s", tn(n->dn_left));
	/* an int, for the translator from int (not the one from a block
	 * request, which an integer also converts to) */
	dt_node_t *c = dt_node_new(sc->sc_pcb->pcb_arena, DT_NODE_CAST,
	    n->dn_line);
	c->dn_left = n->dn_left;
	c->dn_type = sc->sc_bt->bt_int;
	n->dn_left = c;
	dt_sema_xlate_to(sc, n, fi);
	return 1;
}

static void
dt_sema_xlate_to(dt_sctx_t *sc, dt_node_t *n, dt_type_t *to)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	const dt_type_t *rt = dt_type_resolve(to);
	const dt_type_t *st = rt->dt_kind == DT_TK_PTR ?
	    dt_type_resolve(rt->dt_base) : rt;

	if (n->dn_left->dn_type == NULL)
		dt_sema_expr(sc, n->dn_left);
	if (st->dt_kind != DT_TK_STRUCT && st->dt_kind != DT_TK_UNION)
		SERR(sc, n, D_XLATE_SOU, "translator output type must be a "
		    "struct or union: %s", dt_type_name(to));
	dt_xlator_t *best = dt_sema_xlfind(dtp, st, n->dn_left->dn_type);
	if (best == NULL)
		SERR(sc, n, D_XLATE_NONE, "cannot translate from \"%s\" to "
		    "\"%s\"", tn(n->dn_left), dt_type_name(st));
	if (dt_type_resolve(n->dn_left->dn_type) !=
	    dt_type_resolve(best->xl_from)) {
		/* the members see the input as the translator's type */
		dt_node_t *c = dt_node_new(sc->sc_pcb->pcb_arena, DT_NODE_CAST,
		    n->dn_line);
		c->dn_left = n->dn_left;
		c->dn_type = best->xl_from;
		n->dn_left = c;
	}
	n->dn_type = to;
	n->dn_cg = best;
}

/* translator out < in NAME > { member = expr; ... }; */
static void
dt_sema_xlator(dt_sctx_t *sc, dt_node_t *n)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	dt_type_t *to = dt_sema_decl_type(dtp, sc->sc_pcb, n->dn_decl);
	dt_type_t *from = dt_sema_decl_type(dtp, sc->sc_pcb, n->dn_xlfrom);
	const dt_type_t *st = dt_type_resolve(to);

	if ((st->dt_kind != DT_TK_STRUCT && st->dt_kind != DT_TK_UNION) ||
	    !st->dt_defined)
		SERR(sc, n, D_XLATE_SOU, "translator output type must be a "
		    "struct or union: %s", dt_type_name(to));
	for (dt_node_t *m = n->dn_members; m != NULL; m = m->dn_list) {
		if (dt_type_member(st, m->dn_name) == NULL)
			SERR(sc, m, D_XLATE_MEMB, "translator member %s is not "
			    "a member of %s", m->dn_name, dt_type_name(to));
		for (dt_node_t *o = n->dn_members; o != m; o = o->dn_list)
			if (strcmp(o->dn_name, m->dn_name) == 0)
				SERR(sc, m, D_XLATE_MEMB, "translator member %s "
				    "is defined twice", m->dn_name);
	}
	dt_xlator_t **pp = &dtp->dt_xlators;
	for (; *pp != NULL; pp = &(*pp)->xl_next)
		if (dt_type_resolve((*pp)->xl_to) == st &&
		    dt_type_resolve((*pp)->xl_from) == dt_type_resolve(from))
			SERR(sc, n, D_XLATE_REDECL, "translator from %s to %s "
			    "has already been declared", dt_type_name(from),
			    dt_type_name(to));
	dt_xlator_t *xl = dt_arena_alloc(sc->sc_pcb->pcb_arena, sizeof(*xl));
	xl->xl_to = to;
	xl->xl_from = from;
	xl->xl_arg = n->dn_name;
	xl->xl_members = n->dn_members;
	*pp = xl;
}

/* sizeof a type: a string is strsize; a kernel struct named in D (struct
 * task_struct) is sized from BTF on first use; 0 if its size is unknown */
static size_t
dt_sema_sizeof(dtrace_hdl_t *dtp, dt_type_t *t)
{
	const dt_type_t *rt = dt_type_resolve(t);

	if (rt == NULL)
		return 0;
	if (rt->dt_kind == DT_TK_STRING)
		return dtp->dt_opts.do_strsize;
	if (rt->dt_size == 0)
		(void)dt_btf_complete(dtp, t);
	return dt_type_size(t);
}

static void
dt_sema_expr(dt_sctx_t *sc, dt_node_t *n)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;

	switch (n->dn_kind) {
	case DT_NODE_INT:
		dt_sema_setconst(n, dt_sema_inttype(sc, n), n->dn_value);
		return;
	case DT_NODE_STRING:
		n->dn_type = sc->sc_bt->bt_string;
		return;
	case DT_NODE_IDENT:
		dt_sema_ident(sc, n);
		return;
	case DT_NODE_OP1:
		dt_sema_op1(sc, n);
		return;
	case DT_NODE_OP2:
		dt_sema_op2(sc, n);
		return;
	case DT_NODE_OP3:
		dt_sema_op3(sc, n);
		return;
	case DT_NODE_CALL:
		if (n->dn_ident != NULL && n->dn_ident->di_id == DT_FN_CTXWORD)
			return;         /* args[i], made typed */
		dt_sema_call(sc, n);
		return;
	case DT_NODE_INDEX:
		if (dt_sema_fds(sc, n))
			return;
		dt_sema_index(sc, n);
		return;
	case DT_NODE_CAST: {
		if (n->dn_decl == NULL)
			return;         /* a translated member, made typed */
		dt_type_t *t = dt_sema_decl_type(dtp, sc->sc_pcb, n->dn_decl);
		dt_sema_expr(sc, n->dn_left);
		const dt_type_t *rt = dt_type_resolve(t);
		if (rt->dt_kind == DT_TK_VOID) {
			n->dn_type = t;
			return;
		}
		if (!dt_type_is_scalar(t) || !dt_type_is_scalar(
		    n->dn_left->dn_type))
			SERR(sc, n, D_CAST, "invalid cast expression: \"%s\" to "
			    "\"%s\"", tn(n->dn_left), dt_type_name(t));
		n->dn_type = t;
		if (dt_sema_isconst(n->dn_left) && dt_type_is_int(t))
			dt_sema_setconst(n, t, n->dn_left->dn_value);
		return;
	}
	case DT_NODE_SIZEOF: {
		size_t sz;
		if (n->dn_decl != NULL) {
			sz = dt_sema_sizeof(dtp, dt_sema_decl_type(dtp,
			    sc->sc_pcb, n->dn_decl));
			if (sz == 0)
				SERR(sc, n, D_SIZEOF_TYPE, "cannot apply sizeof "
				    "to an operand of unknown size");
		} else {
			dt_sema_expr(sc, n->dn_left);
			sz = dt_sema_sizeof(dtp, n->dn_left->dn_type);
			if (sz == 0)
				SERR(sc, n, D_SIZEOF_TYPE, "cannot apply sizeof "
				    "to an operand of unknown size");
		}
		dt_sema_setconst(n, sc->sc_bt->bt_size, sz);
		return;
	}
	case DT_NODE_OFFSETOF: {
		dt_type_t *t = dt_sema_decl_type(dtp, sc->sc_pcb, n->dn_decl);
		const dt_type_t *rt = dt_type_resolve(t);
		if (rt->dt_kind != DT_TK_STRUCT && rt->dt_kind != DT_TK_UNION)
			SERR(sc, n, D_OFFSETOF_TYPE, "offsetof operand must be a "
			    "struct or union type");
		uint64_t off = 0;
		char *path = dt_arena_strdup(sc->sc_pcb->pcb_arena, n->dn_name);
		for (char *save, *m = strtok_r(path, ".", &save); m;
		    m = strtok_r(NULL, ".", &save)) {
			dt_member_t *dm = dt_type_member(rt, m);
			if (dm == NULL)
				SERR(sc, n, D_TYPE_MEMBER, "failed to determine "
				    "offset of %s: Invalid member name", m);
			if (dm->dm_bits)
				SERR(sc, n, D_OFFSETOF_TYPE, "cannot take offset "
				    "of a bit-field: %s", m);
			off += dm->dm_offset / 8;
			rt = dt_type_resolve(dm->dm_type);
		}
		dt_sema_setconst(n, sc->sc_bt->bt_size, off);
		return;
	}
	case DT_NODE_AGG:
		if (dt_sema_agg_find(dtp, n->dn_name) == NULL)
			SERR(sc, n, D_IDENT_UNDEF, "failed to resolve @%s: "
			    "Unknown variable name", n->dn_name);
		SERR(sc, n, D_AGG_NULL, "expression has null effect: @%s",
		    n->dn_name);
	case DT_NODE_MEMBER:
		if (n->dn_op == DT_TOK_PTR && n->dn_left->dn_kind ==
		    DT_NODE_IDENT && strcmp(n->dn_left->dn_name, "args") == 0 &&
		    dt_ident_lookup(dtp, DT_IDS_GLOBAL, "args") == NULL &&
		    sc->sc_clause != NULL) {
			dt_sema_tpfield(sc, n);
			return;
		}
		dt_sema_member(sc, n);
		return;
	case DT_NODE_XLATE:
		if (n->dn_decl == NULL && n->dn_type != NULL)
			return;         /* args[i], made typed */
		dt_sema_xlate(sc, n);
		return;
	case DT_NODE_BOUND:
		/* the input of a translator: checked once, where it was
		 * written, however many members use it */
		if (n->dn_left->dn_type == NULL)
			dt_sema_expr(sc, n->dn_left);
		n->dn_type = n->dn_left->dn_type;
		return;
	case DT_NODE_STRINGOF:
		/* a string stays one; a pointer or an address is read as a
		 * string of kernel memory (user memory needs copyinstr) */
		dt_sema_expr(sc, n->dn_left);
		if (!dt_type_is_string(n->dn_left->dn_type) &&
		    !dt_type_is_scalar(n->dn_left->dn_type))
			SERR(sc, n, D_STRINGOF_TYPE, "cannot apply stringof to "
			    "a value of type %s", tn(n->dn_left));
		n->dn_type = sc->sc_bt->bt_string;
		return;
	default:
		SERR(sc, n, D_VAR_UNSUP, "%s expressions are not supported yet",
		    dt_node_kind_name(n->dn_kind));
	}
}

/* ---- statements and clauses ---------------------------------------------- */

/* is n the variable v (a plain, self-> or this-> name)? */
static int
dt_sema_isvar(const dt_node_t *n, const dt_node_t *v)
{
	return n != NULL && v != NULL && n->dn_kind == DT_NODE_IDENT &&
	    v->dn_kind == DT_NODE_IDENT && n->dn_scope == v->dn_scope &&
	    n->dn_scope != DT_SCOPE_KERNEL && n->dn_scope != DT_SCOPE_MACRO &&
	    strcmp(n->dn_name, v->dn_name) == 0;
}

/* an integer constant, possibly negated */
static int
dt_sema_intconst(const dt_node_t *n, int64_t *v)
{
	if (n == NULL)
		return 0;
	if (n->dn_kind == DT_NODE_OP1 && n->dn_op == DT_TOK_INEG &&
	    dt_sema_intconst(n->dn_left, v)) {
		*v = -*v;
		return 1;
	}
	if (n->dn_kind != DT_NODE_INT || n->dn_value >= (uint64_t)1 << 62)
		return 0;
	*v = (int64_t)n->dn_value;
	return 1;
}

/*
 * How many times a for loop runs, when that can be counted from its
 * words: for (v = A; v < B; v++), with <, <=, >, >=, !=, and ++, --, += K,
 * -= K.  -1 if it can't.  The body may change v: then the count is wrong
 * and the loop runs out of iterations, a fault, never a hang.
 */
static int64_t
dt_sema_tripcount(const dt_node_t *s)
{
	const dt_node_t *in = s->dn_init, *c = s->dn_cond, *st = s->dn_step;
	const dt_node_t *v;
	int64_t a, b, k;
	dt_token_t op;

	if (s->dn_kind != DT_NODE_FOR || in == NULL || c == NULL || st == NULL ||
	    in->dn_kind != DT_NODE_OP2 || in->dn_op != DT_TOK_ASGN ||
	    !dt_sema_intconst(in->dn_right, &a) || c->dn_kind != DT_NODE_OP2)
		return -1;
	v = in->dn_left;
	op = c->dn_op;
	if (dt_sema_isvar(c->dn_left, v) && dt_sema_intconst(c->dn_right, &b))
		;
	else if (dt_sema_isvar(c->dn_right, v) && dt_sema_intconst(c->dn_left, &b))
		op = op == DT_TOK_LT ? DT_TOK_GT : op == DT_TOK_GT ? DT_TOK_LT :
		    op == DT_TOK_LE ? DT_TOK_GE : op == DT_TOK_GE ? DT_TOK_LE :
		    op;
	else
		return -1;
	if (st->dn_kind == DT_NODE_OP1 && dt_sema_isvar(st->dn_left, v) &&
	    (st->dn_op == DT_TOK_PREINC || st->dn_op == DT_TOK_POSTINC))
		k = 1;
	else if (st->dn_kind == DT_NODE_OP1 && dt_sema_isvar(st->dn_left, v) &&
	    (st->dn_op == DT_TOK_PREDEC || st->dn_op == DT_TOK_POSTDEC))
		k = -1;
	else if (st->dn_kind == DT_NODE_OP2 && dt_sema_isvar(st->dn_left, v) &&
	    (st->dn_op == DT_TOK_ADD_EQ || st->dn_op == DT_TOK_SUB_EQ) &&
	    dt_sema_intconst(st->dn_right, &k) && k != 0)
		k = st->dn_op == DT_TOK_ADD_EQ ? k : -k;
	else
		return -1;
	switch (op) {
	case DT_TOK_LT:
		return a >= b ? 0 : k < 0 ? -1 : (b - a + k - 1) / k;
	case DT_TOK_LE:
		return a > b ? 0 : k < 0 ? -1 : (b - a) / k + 1;
	case DT_TOK_GT:
		return a <= b ? 0 : k > 0 ? -1 : (a - b - k - 1) / -k;
	case DT_TOK_GE:
		return a < b ? 0 : k > 0 ? -1 : (a - b) / -k + 1;
	case DT_TOK_NEQ:
		return (b - a) % k != 0 || (b - a) / k < 0 ? -1 : (b - a) / k;
	default:
		return -1;
	}
}

static void
dt_sema_stmt(dt_sctx_t *sc, dt_node_t *s)
{
	switch (s->dn_kind) {
	case DT_NODE_EXPR:
		if (s->dn_left != NULL && s->dn_left->dn_kind == DT_NODE_OP2 &&
		    dt_token_is_asgn(s->dn_left->dn_op) &&
		    (s->dn_left->dn_left->dn_kind == DT_NODE_AGG ||
		    (s->dn_left->dn_left->dn_kind == DT_NODE_INDEX &&
		    s->dn_left->dn_left->dn_left->dn_kind == DT_NODE_AGG))) {
			dt_sema_aggasgn(sc, s->dn_left);
			return;
		}
		if (s->dn_left != NULL)
			dt_sema_expr(sc, s->dn_left);
		/* stack(); and ustack(); alone are actions: trace the stack */
		if (s->dn_left != NULL && s->dn_left->dn_kind == DT_NODE_CALL &&
		    s->dn_left->dn_ident != NULL &&
		    (s->dn_left->dn_ident->di_id == DT_FN_STACK ||
		    s->dn_left->dn_ident->di_id == DT_FN_USTACK))
			s->dn_left->dn_flags |= DT_NF_ACTION;
		return;
	case DT_NODE_BLOCK:
		dt_sema_stmts(sc, s->dn_body);
		return;
	case DT_NODE_IF:
		dt_sema_expr(sc, s->dn_cond);
		if (!dt_type_is_scalar(s->dn_cond->dn_type))
			SERR(sc, s, D_PRED_SCALAR, "if condition must be of "
			    "scalar type");
		sc->sc_conds++;
		dt_sema_stmts(sc, s->dn_body);
		dt_sema_stmts(sc, s->dn_else);
		sc->sc_conds--;
		return;
	case DT_NODE_WHILE:
	case DT_NODE_FOR:
		/* a D extension; code generation bounds them (dt_cg.c) */
		if (s->dn_init != NULL)
			dt_sema_expr(sc, s->dn_init);
		if (s->dn_cond != NULL) {
			dt_sema_expr(sc, s->dn_cond);
			if (!dt_type_is_scalar(s->dn_cond->dn_type))
				SERR(sc, s, D_PRED_SCALAR, "%s condition must "
				    "be of scalar type", dt_node_kind_name(
				    s->dn_kind));
		}
		if (s->dn_step != NULL)
			dt_sema_expr(sc, s->dn_step);
		/* dn_value: the most times the body may run, plus one; 0 for
		 * the option loopmax */
		int64_t trips = dt_sema_tripcount(s);
		if (trips >= DT_LOOP_MAX)
			SERR(sc, s, D_LOOP_BOUND, "for loop runs %lld times: "
			    "the limit is %u", (long long)trips,
			    DT_LOOP_MAX - 1);
		s->dn_value = trips >= 0 ? (uint64_t)trips + 1 : 0;
		sc->sc_loops++;
		dt_sema_stmts(sc, s->dn_body);
		sc->sc_loops--;
		return;
	case DT_NODE_BREAK:
	case DT_NODE_CONTINUE:
		if (sc->sc_loops == 0)
			SERR(sc, s, D_BREAK_OUTSIDE, "%s used outside of a loop",
			    s->dn_kind == DT_NODE_BREAK ? "break" : "continue");
		return;
	default:
		dt_sema_expr(sc, s);
	}
}

static void
dt_sema_stmts(dt_sctx_t *sc, dt_node_t *list)
{
	for (dt_node_t *s = list; s != NULL; s = s->dn_list)
		dt_sema_stmt(sc, s);
}

/*
 * A member of a translated struct becomes the translator's expression for
 * it (dt_sema_xlmember), so an xlate<> still in a checked tree is a
 * translated struct used as a whole, which has no storage to be read.
 */
static void
dt_sema_xlused(dt_sctx_t *sc, const dt_node_t *n)
{
	for (; n != NULL; n = n->dn_list) {
		if (n->dn_kind == DT_NODE_XLATE || (n->dn_kind ==
		    DT_NODE_IDENT && dt_sema_xlsrc((dt_node_t *)n) != NULL))
			SERR(sc, n, D_XLATE_SOU, "a translated %s can only be "
			    "used through its members (-> or .)",
			    dt_type_name(n->dn_type));
		if (n->dn_kind == DT_NODE_BOUND)
			continue;       /* its input was checked where written */
		dt_sema_xlused(sc, n->dn_left);
		dt_sema_xlused(sc, n->dn_right);
		dt_sema_xlused(sc, n->dn_cond);
		dt_sema_xlused(sc, n->dn_args);
		dt_sema_xlused(sc, n->dn_body);
		dt_sema_xlused(sc, n->dn_else);
		dt_sema_xlused(sc, n->dn_init);
		dt_sema_xlused(sc, n->dn_step);
	}
}

/* actions that change the system (need -w); as DTrace, freopen() is one */
static int
dt_sema_destructive(int id)
{
	switch (id) {
	case DT_FN_STOP: case DT_FN_RAISE: case DT_FN_SYSTEM:
	case DT_FN_FREOPEN: case DT_FN_CHILL: case DT_FN_COPYOUT:
	case DT_FN_COPYOUTSTR:
		return 1;
	default:
		return 0;
	}
}

/*
 * What DTrace checks of the order of a clause's actions (dt_stmt_append):
 * speculate() comes before the data it makes speculative, commit() before
 * anything else, and neither goes with aggregations, exit() or destructive
 * actions.  *seen accumulates DT_AO_* over the statements in order.
 */
#define DT_AO_SPEC 1
#define DT_AO_COMM 2
#define DT_AO_DREC 4

static void
dt_sema_actorder(dt_sctx_t *sc, dt_node_t *list, int *seen)
{
	for (dt_node_t *s = list; s != NULL; s = s->dn_list) {
		dt_node_t *e = s->dn_kind == DT_NODE_EXPR ? s->dn_left : NULL;
		if (s->dn_kind != DT_NODE_EXPR) {
			dt_sema_actorder(sc, s->dn_body, seen);
			dt_sema_actorder(sc, s->dn_else, seen);
			continue;
		}
		if (e == NULL || !(e->dn_flags & DT_NF_ACTION))
			continue;
		if (e->dn_kind == DT_NODE_OP2) {        /* @a = count() */
			if (*seen & DT_AO_COMM)
				SERR(sc, e, D_AGG_COMM, "aggregating actions may "
				    "not follow commit( )");
			if (*seen & DT_AO_SPEC)
				SERR(sc, e, D_AGG_SPEC, "aggregating actions may "
				    "not follow speculate( )");
			continue;
		}
		switch (e->dn_ident->di_id) {
		case DT_FN_SPECULATE:
			if (*seen & DT_AO_COMM)
				SERR(sc, e, D_SPEC_COMM, "speculate( ) may not "
				    "follow commit( )");
			if (*seen & DT_AO_SPEC)
				SERR(sc, e, D_SPEC_SPEC, "speculate( ) may not "
				    "follow speculate( )");
			if (*seen & DT_AO_DREC)
				SERR(sc, e, D_SPEC_DREC, "speculate( ) may not "
				    "follow data-recording action(s)");
			*seen |= DT_AO_SPEC;
			break;
		case DT_FN_COMMIT:
			if (*seen & DT_AO_COMM)
				SERR(sc, e, D_COMM_COMM, "commit( ) may not "
				    "follow commit( )");
			if (*seen & DT_AO_DREC)
				SERR(sc, e, D_COMM_DREC, "commit( ) may not "
				    "follow data-recording action(s)");
			*seen |= DT_AO_COMM;
			break;
		case DT_FN_DISCARD:
			break;
		case DT_FN_EXIT:
			if (*seen & DT_AO_SPEC)
				SERR(sc, e, D_EXIT_SPEC, "exit( ) may not follow "
				    "speculate( )");
			break;
		default:
			if (dt_sema_destructive(e->dn_ident->di_id)) {
				if (*seen & DT_AO_SPEC)
					SERR(sc, e, D_ACT_SPEC, "destructive "
					    "actions may not follow "
					    "speculate( )");
				break;
			}
			if (*seen & DT_AO_COMM)
				SERR(sc, e, D_DREC_COMM, "data-recording actions "
				    "may not follow commit( )");
			*seen |= DT_AO_DREC;
		}
	}
}

static void
dt_sema_clause(dt_sctx_t *sc, dt_node_t *c)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	dt_clause_t *cl = calloc(1, sizeof(*cl));
	size_t tl = 0;
	int i = 0;

	cl->cl_node = c;
	cl->cl_index = dtp->dt_nclauses;
	cl->cl_npdescs = dt_node_count(c->dn_pdescs);
	cl->cl_pdescs = calloc(cl->cl_npdescs, sizeof(dt_pdesc_t));
	for (dt_node_t *p = c->dn_pdescs; p; p = p->dn_list, i++) {
		char err[256];
		if (dt_pdesc_parse(dtp, p->dn_name, &cl->cl_pdescs[i], err,
		    sizeof(err)) != 0)
			SERR(sc, p, D_PDESC_INVAL, "%s", err);
		tl += strlen(p->dn_name) + 2;
	}
	cl->cl_desctext = calloc(1, tl + 1);
	for (dt_node_t *p = c->dn_pdescs; p; p = p->dn_list) {
		strcat(cl->cl_desctext, p->dn_name);
		if (p->dn_list)
			strcat(cl->cl_desctext, ", ");
	}
	sc->sc_clause = cl;
	/* as DTrace (dt_cook_clause): the actions first, then the predicate */
	cl->cl_default = c->dn_body == NULL;
	sc->sc_pcb->pcb_region = "action list";
	dt_sema_stmts(sc, c->dn_body);
	dt_sema_xlused(sc, c->dn_body);
	if (c->dn_pred != NULL) {
		sc->sc_pcb->pcb_region = "predicate";
		dt_sema_expr(sc, c->dn_pred);
		if (!dt_type_is_scalar(c->dn_pred->dn_type))
			SERR(sc, c->dn_pred, D_PRED_SCALAR, "predicate result "
			    "must be of scalar type");
		dt_sema_xlused(sc, c->dn_pred);
	}
	sc->sc_pcb->pcb_region = NULL;
	dt_sema_actorder(sc, c->dn_body, &(int){ 0 });
	sc->sc_clause = NULL;

	dtp->dt_nclauses++;
	*dtp->dt_clause_tail = cl;
	dtp->dt_clause_tail = &cl->cl_next;
}

static void
dt_sema_inline(dt_sctx_t *sc, dt_node_t *n)
{
	dtrace_hdl_t *dtp = sc->sc_dtp;
	dt_type_t *t = dt_sema_decl_type(dtp, sc->sc_pcb, n->dn_decl);

	dt_ident_t *old = dt_ident_lookup(dtp, DT_IDS_GLOBAL, n->dn_name);
	if (old == NULL)
		old = dt_ident_builtin(n->dn_name);
	if (old != NULL) {
		int isinl = old->di_kind == DT_IDK_INLINE ||
		    (old->di_kind == DT_IDK_ENUM && dt_type_resolve(
		    old->di_type)->dt_kind != DT_TK_ENUM);
		SERR(sc, n, D_DECL_IDRED, "identifier redefined: %s\n\t "
		    "current: inline definition\n\tprevious: %s %s",
		    n->dn_name, dt_sema_kindname(old), isinl ? "inline" : "");
	}
	dt_sema_expr(sc, n->dn_left);
	if (dt_type_compat(t, n->dn_left->dn_type) != 0)
		SERR(sc, n, D_OP_INCOMPAT, "inline %s definition uses "
		    "incompatible types: \"%s\" = \"%s\"", n->dn_name,
		    dt_type_name(t), tn(n->dn_left));
	dt_ident_t *id = dt_ident_add(dtp, DT_IDS_GLOBAL, n->dn_name,
	    DT_IDK_INLINE, t, n->dn_line);
	id->di_inline = n->dn_left;
	if (dt_sema_isconst(n->dn_left) && dt_type_is_int(t)) {
		/* constant inlines behave like enumerators */
		id->di_kind = DT_IDK_ENUM;
		id->di_value = (int64_t)dt_sema_fit(t, n->dn_left->dn_value);
	}
}

void
dt_sema_program(dtrace_hdl_t *dtp, dt_pcb_t *pcb, dt_node_t *prog)
{
	dt_sctx_t sc = { dtp, pcb, NULL, dt_typetab_builtins(dtp->dt_types),
	    0, 0 };

	for (dt_node_t *n = prog->dn_body; n != NULL; n = n->dn_list) {
		switch (n->dn_kind) {
		case DT_NODE_CLAUSE:
			dt_sema_clause(&sc, n);
			break;
		case DT_NODE_DECL:
			dt_sema_decl(&sc, n);
			break;
		case DT_NODE_INLINE:
			dt_sema_inline(&sc, n);
			break;
		case DT_NODE_XLATOR:
			dt_sema_xlator(&sc, n);
			break;
		case DT_NODE_PROVIDER:
			SERR(&sc, n, D_VAR_UNSUP, "provider definitions are not "
			    "supported yet");
		default:
			SERR(&sc, n, D_SYNTAX, "unexpected %s at top level",
			    dt_node_kind_name(n->dn_kind));
		}
	}
}

/*
 * args->FIELD in a clause for tracepoint probes: the field of the event's
 * record, by the format of every tracepoint the clause matches (they must
 * agree).  The node keeps the field (dn_cg) for the code generator.
 */
typedef struct dt_tpfctx {
	dt_sctx_t *tc_sc;
	dt_node_t *tc_node;
	dt_tpfield_t tc_fld;
	int tc_n;
} dt_tpfctx_t;

static int
dt_sema_tpfield_probe(dtrace_hdl_t *dtp, dt_probe_t *pr, void *arg)
{
	dt_tpfctx_t *tc = arg;
	dt_node_t *n = tc->tc_node;
	dt_tpfield_t f;

	if (strcmp(pr->pr_prov->pv_name, "tracepoint") != 0)
		SERR(tc->tc_sc, n, D_TYPE_MEMBER, "args->%s: probe %s:%s:%s:%s "
		    "has no args structure (args-> is for tracepoint probes)",
		    n->dn_name, pr->pr_prov->pv_name, pr->pr_mod, pr->pr_func,
		    pr->pr_name);
	if (dt_tp_field(dtp, pr, n->dn_name, &f) != 0)
		SERR(tc->tc_sc, n, D_TYPE_MEMBER, "args->%s: tracepoint:%s:%s "
		    "has no field named %s", n->dn_name, pr->pr_mod, pr->pr_func,
		    n->dn_name);
	if (tc->tc_n++ > 0 && memcmp(&f, &tc->tc_fld, sizeof(f)) != 0)
		SERR(tc->tc_sc, n, D_TYPE_MEMBER, "args->%s differs between "
		    "the tracepoints of this clause", n->dn_name);
	tc->tc_fld = f;
	return 0;
}

static void
dt_sema_tpfield(dt_sctx_t *sc, dt_node_t *n)
{
	dt_clause_t *cl = sc->sc_clause;
	dt_tpfctx_t tc = { sc, n, { 0 }, 0 };
	const dt_btypes_t *bt = sc->sc_bt;

	for (int i = 0; i < cl->cl_npdescs; i++)
		if (dt_probe_iter(sc->sc_dtp, &cl->cl_pdescs[i],
		    dt_sema_tpfield_probe, &tc) < 0)
			SERR(sc, n, D_PDESC_INVAL, "%s", sc->sc_dtp->dt_errmsg);
	if (tc.tc_n == 0)
		SERR(sc, n, D_TYPE_MEMBER, "args->%s: the clause matches no "
		    "tracepoint", n->dn_name);
	dt_tpfield_t *f = dt_arena_alloc(sc->sc_pcb->pcb_arena, sizeof(*f));
	*f = tc.tc_fld;
	n->dn_cg = f;
	if (f->tf_kind != DT_TPF_INT)
		n->dn_type = bt->bt_string;
	else
		switch (f->tf_size) {
		case 1: n->dn_type = f->tf_signed ? bt->bt_int8 : bt->bt_uint8; break;
		case 2: n->dn_type = f->tf_signed ? bt->bt_int16 : bt->bt_uint16; break;
		case 4: n->dn_type = f->tf_signed ? bt->bt_int32 : bt->bt_uint32; break;
		default: n->dn_type = f->tf_signed ? bt->bt_int64 : bt->bt_uint64;
		}
}

/*
 * args[i] in a clause for probes whose provider describes them (pr_xargs):
 * the raw tracepoint argument or argN it comes from, translated to
 * DTrace's type (psinfo_t *, bufinfo_t * ...) when that differs.  Every
 * probe of the clause must describe args[i] alike.
 */
typedef struct dt_xactx {
	int xc_i;
	const dt_xarg_t *xc_xa;
	int xc_n, xc_bad;
	const dt_probe_t *xc_pr;
} dt_xactx_t;

static int
dt_sema_args_probe(dtrace_hdl_t *dtp, dt_probe_t *pr, void *arg)
{
	dt_xactx_t *xc = arg;

	if (pr->pr_nxargs == 0) {
		/* args[i] of a probe with only native types (system calls):
		 * argi, of its type */
		if (pr->pr_nargs == 0 && pr->pr_prov->pv_ops->po_argtypes)
			pr->pr_prov->pv_ops->po_argtypes(dtp, pr);
		if (pr->pr_nargs > 0) {
			dt_xarg_t *v = dt_arena_alloc(dtp->dt_arena,
			    pr->pr_nargs * sizeof(*v));
			for (int i = 0; i < pr->pr_nargs; i++) {
				v[i].xa_type = dt_arena_strdup(dtp->dt_arena,
				    pr->pr_argtypes[i]);
				v[i].xa_src = -1 - i;
			}
			pr->pr_xargs = v;
			pr->pr_nxargs = pr->pr_nargs;
		}
	}
	const dt_xarg_t *xa = xc->xc_i < pr->pr_nxargs ?
	    &pr->pr_xargs[xc->xc_i] : NULL;

	if (xc->xc_n++ == 0) {
		xc->xc_xa = xa;
		xc->xc_pr = pr;
	} else if (xa == NULL || xc->xc_xa == NULL ||
	    strcmp(xa->xa_type, xc->xc_xa->xa_type) != 0 ||
	    xa->xa_src != xc->xc_xa->xa_src) {
		xc->xc_bad = 1;
		xc->xc_pr = pr;
	}
	return 0;
}

/* "psinfo_t *", "struct task_struct *", "int" as a type */
static dt_type_t *
dt_sema_typestr(dt_sctx_t *sc, dt_node_t *n, const char *s)
{
	char base[128], *p;
	int ptrs = 0;

	/* qualifiers do not matter to D: "const char *const *" */
	snprintf(base, sizeof(base), "%s", s);
	while ((p = strstr(base, "const")) != NULL &&
	    (p == base || p[-1] == ' ' || p[-1] == '*') &&
	    (p[5] == ' ' || p[5] == '*' || p[5] == '\0'))
		memmove(p, p + 5, strlen(p + 5) + 1);
	for (p = base; *p != '\0'; p++)
		ptrs += *p == '*';
	size_t l = strcspn(base, "*");
	while (l > 0 && base[l - 1] == ' ')
		l--;
	p = base + strspn(base, " ");
	base[l] = '\0';
	dt_type_t *t = dt_sema_typename(sc->sc_dtp, p);
	if (t == NULL && strncmp(p, "struct ", 7) == 0)
		t = dt_type_tagged(sc->sc_dtp->dt_types, DT_TK_STRUCT, p + 7);
	if (t == NULL)          /* a type the kernel does not describe */
		t = sc->sc_bt->bt_uint64;
	while (ptrs-- > 0)
		t = dt_type_ptr(sc->sc_dtp->dt_types, t);
	return t;
}

static void
dt_sema_args(dt_sctx_t *sc, dt_node_t *n)
{
	static dt_ident_t ctxword = { .di_name = "__ctxword",
	    .di_kind = DT_IDK_FUNC, .di_id = DT_FN_CTXWORD };
	dtrace_hdl_t *dtp = sc->sc_dtp;
	dt_clause_t *cl = sc->sc_clause;
	dt_node_t *i = n->dn_args;
	dt_xactx_t xc = { 0 };

	if (i == NULL || i->dn_list != NULL)
		SERR(sc, n, D_ARR_BADREF, "args[ ] takes one subscript");
	dt_sema_expr(sc, i);
	if (!dt_sema_isconst(i))
		SERR(sc, n, D_ARR_BADREF, "args[ ] subscript must be an integer "
		    "constant");
	xc.xc_i = (int)i->dn_value;
	for (int k = 0; k < cl->cl_npdescs; k++)
		if (dt_probe_iter(dtp, &cl->cl_pdescs[k], dt_sema_args_probe,
		    &xc) < 0)
			SERR(sc, n, D_PDESC_INVAL, "%s", dtp->dt_errmsg);
	if (xc.xc_n == 0)
		SERR(sc, n, D_ARR_BADREF, "args[%d]: the clause matches no "
		    "probe", xc.xc_i);
	const dt_probe_t *pr = xc.xc_pr;
	if (xc.xc_bad)
		SERR(sc, n, D_ARR_BADREF, "args[%d] differs between the "
		    "clause's probes (%s:%s:%s:%s)", xc.xc_i,
		    pr->pr_prov->pv_name, pr->pr_mod, pr->pr_func, pr->pr_name);
	if (xc.xc_xa == NULL)
		SERR(sc, n, D_ARR_BADREF, "index %d is out of range for %s:%s:"
		    "%s:%s args[ ]", xc.xc_i, pr->pr_prov->pv_name, pr->pr_mod,
		    pr->pr_func, pr->pr_name);

	const dt_xarg_t *xa = xc.xc_xa;
	dt_type_t *xt = dt_sema_typestr(sc, n, xa->xa_type);
	dt_type_t *nt = xa->xa_native ? dt_sema_typestr(sc, n,
	    xa->xa_native) : xt;
	dt_node_t *v;
	if (xa->xa_src >= 0) {
		v = dt_node_new(sc->sc_pcb->pcb_arena, DT_NODE_CALL, n->dn_line);
		v->dn_name = ctxword.di_name;
		v->dn_ident = &ctxword;
		v->dn_value = (uint64_t)xa->xa_src;
	} else {
		char nm[16];
		snprintf(nm, sizeof(nm), "arg%d", -1 - xa->xa_src);
		v = dt_node_new(sc->sc_pcb->pcb_arena, DT_NODE_IDENT, n->dn_line);
		v->dn_name = dt_arena_strdup(sc->sc_pcb->pcb_arena, nm);
		dt_sema_expr(sc, v);
	}
	v->dn_type = nt;
	dt_node_t *keep = n->dn_list;
	int line = n->dn_line;
	memset(n, 0, sizeof(*n));
	n->dn_line = line;
	n->dn_list = keep;
	if (xa->xa_native == NULL) {
		*n = *v;
		n->dn_list = keep;
		return;
	}
	/* xlate <xt> (v) */
	n->dn_kind = DT_NODE_XLATE;
	n->dn_left = v;
	const dt_type_t *rt = dt_type_resolve(xt);
	const dt_type_t *st = rt->dt_kind == DT_TK_PTR ?
	    dt_type_resolve(rt->dt_base) : rt;
	n->dn_cg = dt_sema_xlfind(dtp, st, nt);
	if (n->dn_cg == NULL)
		SERR(sc, n, D_XLATE_NONE, "cannot translate from \"%s\" to "
		    "\"%s\"", dt_type_name(nt), dt_type_name(st));
	n->dn_type = xt;
}
