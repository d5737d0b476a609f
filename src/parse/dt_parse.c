/*
 * dt_parse.c -- the recursive-descent parser of the D language.
 *
 * Input: a pcb with pcb_text set (pcb_len 0 means strlen(pcb_text)) and
 * optionally pcb_arena, pcb_istype, pcb_pragma, pcb_arg and pcb_cflags.
 * Output: dt_parse_program() returns a DT_NODE_PROG whose dn_body lists
 * the top-level items in source order:
 * DT_NODE_CLAUSE, DT_NODE_DECL (one per declarator), DT_NODE_INLINE,
 * DT_NODE_XLATOR and DT_NODE_PROVIDER.  On error it calls dt_cerror(),
 * which records tag, line and message in the pcb and longjmps to pcb_jmp;
 * everything allocated so far stays in the arena, so the caller just
 * destroys the arena.  If pcb_arena is NULL an arena is created and left in
 * pcb_arena for the caller to destroy.
 *
 * The grammar is DTrace's (illumos dt_grammar.y) plus if/else, while, for,
 * break and continue inside clauses.  The parts worth knowing:
 *
 *  - Top level.  The lexer is put in DT_LEX_TOP mode before each item so
 *    that "syscall::read:entry" is one token; a probe specifier starts a
 *    clause, anything else a declaration or definition (dt_lex.h).
 *  - Clauses.  "pdesc[, pdesc...] [/ pred /] { stmts }".  With no predicate
 *    and no body the clause has dn_pred == dn_body == NULL (DTrace's default
 *    action); that is an error for DT_C_FILE input.  An empty body "{}" also
 *    leaves dn_body NULL: in D both mean the default action.
 *  - Statements.  Separated by ';', which may be left out before '}'.
 *    Empty statements are dropped from statement lists; where a statement
 *    is required (if/else/while/for bodies) an empty one is a DT_NODE_EXPR
 *    with dn_left NULL.  IF/WHILE/FOR bodies are single statements.
 *  - Expressions.  C precedence, with D's ^^ between || and &&.  Binary
 *    operators are parsed by precedence climbing; a node's dn_line is the
 *    line its leftmost token is on.  self->x, this->x, `x, mod`x, $x and
 *    $$x are all DT_NODE_IDENT with the matching dn_scope.  name(args) is a
 *    DT_NODE_CALL; a call through anything but a plain name is a syntax
 *    error.  Parentheses leave no node.
 *  - Casts.  "(" followed by a type name starts a cast (or sizeof(type)).
 *    A name is a type name if dt_lex_istype() says so, except that -- as
 *    in illumos -- a type name followed by ++, --, [ or = is taken to be a
 *    variable of the same name.
 *  - Declarations.  C syntax; the declarator wraps the specifiers' decl
 *    ("char *a[4]" is ARRAY(4) -> PTR -> BASE char).  All declarators of
 *    one declaration share the one dt_decl_t built for the specifiers.
 *    Specifiers without a type mean int ("self x;").  An array dimension is
 *    an expression node, or for an associative array a list of DT_NODE_DECL
 *    key types; "[]" leaves dd_dim NULL.  A parameter list is a list of
 *    DT_NODE_DECL (dn_name NULL if unnamed); "..." is a DT_NODE_DECL named
 *    "..." with no dn_decl.  A FUNC decl of a provider probe has no return
 *    type (dd_next NULL).  A probe written "probe p(native) : (xlated)"
 *    has dn_decl = the translated prototype and dn_xlfrom = the native one.
 *  - Typedef names declared by the program are remembered in pcb_typedefs
 *    so that later items can use them.
 *
 * Depth is bounded: every recursive rule counts a level, and so does every
 * node a loop stacks onto a chain (the left spine of "a+b+c", "x.a.b",
 * "int **p"); more than DT_PARSE_MAXDEPTH levels is a D_SYNTAX error.  So
 * neither this parser nor a later pass that recurses over the tree can be
 * made to overflow the stack by hostile input.  Lists (statements,
 * arguments, top-level items) are chained through dn_list and not limited.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "dt_lex.h"

#define DT_PARSE_MAXDEPTH	512

typedef struct dt_parser {
	dt_pcb_t *ps_pcb;
	int ps_depth;		/* current recursion depth */
	const char **ps_vars;	/* plain names used as variables so far: */
	int ps_nvars;		/* never taken for kernel typedefs */
} dt_parser_t;

/* What a declarator may or must have. */
typedef enum dt_dclmode {
	DT_DCL_NAMED,		/* declarations: a name is required */
	DT_DCL_ABSTRACT,	/* type names in casts etc.: no name */
	DT_DCL_EITHER,		/* parameters: optional name */
} dt_dclmode_t;

/* Which storage classes a specifier list accepts. */
#define DT_SPEC_STORAGE		0x1	/* auto register static extern typedef*/
#define DT_SPEC_DSTORAGE	0x2	/* self this */

/* A list under construction. */
typedef struct dt_parse_list {
	dt_node_t *pl_head;
	dt_node_t *pl_tail;
} dt_parse_list_t;

static dt_node_t *dt_parse_expr(dt_parser_t *);
static dt_node_t *dt_parse_assign(dt_parser_t *);
static dt_node_t *dt_parse_cond(dt_parser_t *);
static dt_node_t *dt_parse_cast(dt_parser_t *);
static dt_node_t *dt_parse_unary(dt_parser_t *);
static dt_node_t *dt_parse_stmt(dt_parser_t *);
static dt_decl_t *dt_parse_typename(dt_parser_t *);
static dt_decl_t *dt_parse_declarator(dt_parser_t *, dt_decl_t *,
    dt_dclmode_t, char **, int *);

void
dt_cerror(dt_pcb_t *pcb, int line, dt_errtag_t tag, const char *fmt, ...)
{
	va_list ap;
	size_t len;

	va_start(ap, fmt);
	(void) vsnprintf(pcb->pcb_errmsg, sizeof (pcb->pcb_errmsg), fmt, ap);
	va_end(ap);

	len = strlen(pcb->pcb_errmsg);
	while (len > 0 && pcb->pcb_errmsg[len - 1] == '\n')
		pcb->pcb_errmsg[--len] = '\0';

	pcb->pcb_errtag = tag;
	pcb->pcb_errline = line;
	longjmp(pcb->pcb_jmp, 1);
}

/*
 * Token access.  dt_parse_tok() is the current token; it stays valid only
 * until the next dt_parse_next(), so callers copy what they need first.
 */
static const dt_lextok_t *
dt_parse_tok(dt_parser_t *ps)
{
	return dt_lex_peek(ps->ps_pcb, 0);
}

static dt_token_t
dt_parse_peek(dt_parser_t *ps)
{
	return dt_lex_peek(ps->ps_pcb, 0)->lt_tok;
}

static int
dt_parse_line(dt_parser_t *ps)
{
	return dt_lex_peek(ps->ps_pcb, 0)->lt_line;
}

static void
dt_parse_next(dt_parser_t *ps)
{
	dt_lex_next(ps->ps_pcb);
}

__attribute__((noreturn))
static void
dt_parse_error(dt_parser_t *ps)
{
	dt_lex_syntax_error(ps->ps_pcb, dt_parse_tok(ps));
}

static int
dt_parse_accept(dt_parser_t *ps, dt_token_t tok)
{
	if (dt_parse_peek(ps) != tok)
		return 0;
	dt_parse_next(ps);
	return 1;
}

static void
dt_parse_expect(dt_parser_t *ps, dt_token_t tok)
{
	if (!dt_parse_accept(ps, tok))
		dt_parse_error(ps);
}

static void
dt_parse_enter(dt_parser_t *ps)
{
	if (++ps->ps_depth > DT_PARSE_MAXDEPTH) {
		dt_cerror(ps->ps_pcb, dt_parse_line(ps), D_SYNTAX,
		    "program nesting too deep (more than %d levels)",
		    DT_PARSE_MAXDEPTH);
	}
}

static void
dt_parse_leave(dt_parser_t *ps)
{
	ps->ps_depth--;
}

__attribute__((noreturn))
static void
dt_parse_nomem(dt_parser_t *ps)
{
	dt_cerror(ps->ps_pcb, dt_parse_line(ps), D_UNKNOWN, "out of memory");
}

static dt_node_t *
dt_parse_node(dt_parser_t *ps, dt_node_kind_t kind, int line)
{
	dt_node_t *n = dt_node_new(ps->ps_pcb->pcb_arena, kind, line);

	if (n == NULL)
		dt_parse_nomem(ps);
	return n;
}

static dt_decl_t *
dt_parse_decl(dt_parser_t *ps, dt_decl_kind_t kind, int line)
{
	dt_decl_t *d = dt_decl_new(ps->ps_pcb->pcb_arena, kind, line);

	if (d == NULL)
		dt_parse_nomem(ps);
	return d;
}

static char *
dt_parse_strdup(dt_parser_t *ps, const char *s)
{
	char *p = dt_arena_strdup(ps->ps_pcb->pcb_arena, s);

	if (p == NULL)
		dt_parse_nomem(ps);
	return p;
}

static dt_node_t *
dt_parse_op1(dt_parser_t *ps, dt_token_t op, int line, dt_node_t *left)
{
	dt_node_t *n = dt_parse_node(ps, DT_NODE_OP1, line);

	n->dn_op = op;
	n->dn_left = left;
	return n;
}

static dt_node_t *
dt_parse_op2(dt_parser_t *ps, dt_token_t op, dt_node_t *l, dt_node_t *r)
{
	dt_node_t *n = dt_parse_node(ps, DT_NODE_OP2, l->dn_line);

	n->dn_op = op;
	n->dn_left = l;
	n->dn_right = r;
	return n;
}

/* Append n (which may itself be a list) to l. */
static void
dt_parse_append(dt_parse_list_t *l, dt_node_t *n)
{
	if (n == NULL)
		return;
	if (l->pl_tail != NULL)
		l->pl_tail->dn_list = n;
	else
		l->pl_head = n;
	for (l->pl_tail = n; l->pl_tail->dn_list != NULL;)
		l->pl_tail = l->pl_tail->dn_list;
}

/* A member, tag or path name: an identifier, or a keyword used as one. */
static int
dt_parse_isname(const dt_lextok_t *t)
{
	return (t->lt_tok == DT_TOK_IDENT && t->lt_scope == DT_SCOPE_NONE) ||
	    (t->lt_tok >= DT_KEY_AUTO && t->lt_tok <= DT_KEY_XLATE);
}

/* Take the current token as a name (see dt_parse_isname) and return it. */
static char *
dt_parse_name(dt_parser_t *ps, int keywords_ok)
{
	const dt_lextok_t *t = dt_parse_tok(ps);
	char *name = t->lt_str;

	if (keywords_ok ? !dt_parse_isname(t) :
	    t->lt_tok != DT_TOK_IDENT || t->lt_scope != DT_SCOPE_NONE)
		dt_parse_error(ps);
	dt_parse_next(ps);
	return name;
}

/* C keywords D reserves but has no use for. */
static int
dt_parse_isunsup(dt_token_t tok)
{
	switch (tok) {
	case DT_KEY_CASE: case DT_KEY_COUNTER: case DT_KEY_DEFAULT:
	case DT_KEY_DO: case DT_KEY_GOTO: case DT_KEY_IMPORT:
	case DT_KEY_RETURN: case DT_KEY_SWITCH:
		return 1;
	default:
		return 0;
	}
}

__attribute__((noreturn))
static void
dt_parse_unsup(dt_parser_t *ps)
{
	const dt_lextok_t *t = dt_parse_tok(ps);

	dt_cerror(ps->ps_pcb, t->lt_line, D_KEYWORD_UNSUP,
	    "syntax error near \"%s\"", dt_token_name(t->lt_tok));
}

static int
dt_parse_istypekw(dt_token_t tok)
{
	switch (tok) {
	case DT_KEY_VOID: case DT_KEY_CHAR: case DT_KEY_SHORT:
	case DT_KEY_INT: case DT_KEY_LONG: case DT_KEY_FLOAT:
	case DT_KEY_DOUBLE: case DT_KEY_SIGNED: case DT_KEY_UNSIGNED:
	case DT_KEY_STRING: case DT_KEY_STRUCT: case DT_KEY_UNION:
	case DT_KEY_ENUM: case DT_KEY_CONST: case DT_KEY_VOLATILE:
	case DT_KEY_RESTRICT: case DT_KEY_USERLAND:
		return 1;
	default:
		return 0;
	}
}

static void dt_parse_addtypedef(dt_parser_t *, char *);

/* Remember a name used as a variable ("u16 = 1; ... (u16 * 2)") */
static void
dt_parse_addvar(dt_parser_t *ps, const char *name)
{
	int n = ps->ps_nvars;

	for (int i = 0; i < n; i++)
		if (strcmp(ps->ps_vars[i], name) == 0)
			return;
	if (n == 0 || (n >= 8 && (n & (n - 1)) == 0)) {
		const char **v = dt_arena_alloc(ps->ps_pcb->pcb_arena,
		    (size_t)(n == 0 ? 8 : 2 * n) * sizeof (char *));
		if (v == NULL)
			dt_parse_nomem(ps);
		if (n != 0)
			memcpy(v, ps->ps_vars, n * sizeof (char *));
		ps->ps_vars = v;
	}
	ps->ps_vars[ps->ps_nvars++] = name;
}

static int
dt_parse_isvar(const dt_parser_t *ps, const char *name)
{
	for (int i = 0; i < ps->ps_nvars; i++)
		if (strcmp(ps->ps_vars[i], name) == 0)
			return 1;
	return 0;
}

/* Is the identifier token t the name of a type? */
static int
dt_parse_istypename(dt_parser_t *ps, const dt_lextok_t *t)
{
	if (t->lt_tok != DT_TOK_IDENT)
		return 0;
	if (t->lt_scope == DT_SCOPE_NONE)
		return dt_lex_istype(ps->ps_pcb, t->lt_str, strlen(t->lt_str));
	if (t->lt_scope == DT_SCOPE_KERNEL)
		return dt_lex_istype(ps->ps_pcb, t->lt_text, t->lt_len);
	return 0;
}

/*
 * Does the current token start a type name in an expression, i.e. after
 * "(" of a cast or sizeof?  See the theory comment for the heuristic.
 */
static int
dt_parse_typestart(dt_parser_t *ps)
{
	const dt_lextok_t *t = dt_parse_tok(ps);
	dt_token_t next;

	if (dt_parse_istypekw(t->lt_tok))
		return 1;
	next = dt_lex_peek(ps->ps_pcb, 1)->lt_tok;
	if (!dt_parse_istypename(ps, t)) {
		dt_pcb_t *pcb = ps->ps_pcb;
		if (t->lt_tok != DT_TOK_IDENT || t->lt_scope != DT_SCOPE_NONE ||
		    (next != DT_TOK_RPAR && next != DT_TOK_MUL) ||
		    pcb->pcb_iskerntype == NULL ||
		    dt_parse_isvar(ps, t->lt_str) ||
		    !pcb->pcb_iskerntype(pcb->pcb_arg, t->lt_str))
			return 0;
		/* a kernel typedef: a type name from here on */
		dt_parse_addtypedef(ps, dt_arena_strdup(pcb->pcb_arena,
		    t->lt_str));
		return 1;
	}
	return next != DT_TOK_ADDADD && next != DT_TOK_SUBSUB &&
	    next != DT_TOK_LBRAC && next != DT_TOK_ASGN;
}

__attribute__((noreturn))
static void
dt_parse_combo(dt_parser_t *ps, int line)
{
	dt_cerror(ps->ps_pcb, line, D_DECL_COMBO, "invalid type combination");
}

static dt_decl_t *dt_parse_sou(dt_parser_t *);
static dt_decl_t *dt_parse_enum(dt_parser_t *);

/*
 * Declaration specifiers: storage classes (as allowed by flags), type
 * qualifiers and type specifiers in any order.  Returns the decl they
 * describe (a fresh BASE, TYPEDEF, STRUCT, UNION or ENUM carrying the
 * qualifier and size/sign attributes), or NULL if there were none.
 */
static dt_decl_t *
dt_parse_specifiers(dt_parser_t *ps, int flags, dt_storage_t *storagep)
{
	const int sizesign = DT_DA_SIGNED | DT_DA_UNSIGNED | DT_DA_SHORT |
	    DT_DA_LONG | DT_DA_LONGLONG;
	dt_decl_t *d = NULL;		/* the type, once one is named */
	const char *base = NULL;	/* or the name of a base type */
	dt_storage_t ds = DT_DS_NONE;
	int line = dt_parse_line(ps);
	int attr = 0, nlong = 0, any = 0;

	for (;; any = 1) {
		const dt_lextok_t *t = dt_parse_tok(ps);
		dt_storage_t cls = DT_DS_NONE;
		const char *name = NULL;
		int a = 0;

		switch (t->lt_tok) {
		case DT_KEY_AUTO: cls = DT_DS_AUTO; break;
		case DT_KEY_REGISTER: cls = DT_DS_REGISTER; break;
		case DT_KEY_STATIC: cls = DT_DS_STATIC; break;
		case DT_KEY_EXTERN: cls = DT_DS_EXTERN; break;
		case DT_KEY_TYPEDEF: cls = DT_DS_TYPEDEF; break;
		case DT_KEY_SELF: cls = DT_DS_SELF; break;
		case DT_KEY_THIS: cls = DT_DS_THIS; break;
		case DT_KEY_CONST: a = DT_DA_CONST; break;
		case DT_KEY_VOLATILE: a = DT_DA_VOLATILE; break;
		case DT_KEY_RESTRICT: a = DT_DA_RESTRICT; break;
		case DT_KEY_USERLAND: a = DT_DA_USER; break;
		case DT_KEY_SIGNED: a = DT_DA_SIGNED; break;
		case DT_KEY_UNSIGNED: a = DT_DA_UNSIGNED; break;
		case DT_KEY_SHORT: a = DT_DA_SHORT; break;
		case DT_KEY_LONG: a = DT_DA_LONG; break;
		case DT_KEY_VOID: name = "void"; break;
		case DT_KEY_CHAR: name = "char"; break;
		case DT_KEY_INT: name = "int"; break;
		case DT_KEY_FLOAT: name = "float"; break;
		case DT_KEY_DOUBLE: name = "double"; break;
		case DT_KEY_STRING: name = "string"; break;
		case DT_KEY_STRUCT:
		case DT_KEY_UNION:
		case DT_KEY_ENUM:
			if (d != NULL || base != NULL)
				dt_parse_combo(ps, t->lt_line);
			d = t->lt_tok == DT_KEY_ENUM ?
			    dt_parse_enum(ps) : dt_parse_sou(ps);
			continue;
		case DT_TOK_IDENT:
			/*
			 * A type name is a specifier only if no type has been
			 * given yet; otherwise it is the declarator's name.
			 */
			if (d != NULL || base != NULL || (attr & sizesign) ||
			    nlong != 0 || !dt_parse_istypename(ps, t))
				goto done;
			d = dt_parse_decl(ps, DT_DK_TYPEDEF, t->lt_line);
			d->dd_name = t->lt_str;
			d->dd_module = t->lt_module;
			dt_parse_next(ps);
			continue;
		default:
			goto done;
		}

		if (cls != DT_DS_NONE) {
			int dstorage = cls == DT_DS_SELF || cls == DT_DS_THIS;

			if (!(flags & (dstorage ? DT_SPEC_DSTORAGE :
			    DT_SPEC_STORAGE)))
				goto done;
			if (ds != DT_DS_NONE) {
				dt_cerror(ps->ps_pcb, t->lt_line,
				    D_DECL_BADCLASS, "only one storage class "
				    "allowed in a declaration");
			}
			ds = cls;
		} else if (a == DT_DA_LONG) {
			if (++nlong > 2)
				dt_parse_combo(ps, t->lt_line);
		} else if (name != NULL) {
			if (d != NULL || base != NULL)
				dt_parse_combo(ps, t->lt_line);
			base = name;
		}
		attr |= a & ~DT_DA_LONG;
		dt_parse_next(ps);
	}
done:
	if (!any)
		return NULL;

	attr |= nlong == 2 ? DT_DA_LONGLONG : nlong == 1 ? DT_DA_LONG : 0;
	if (d == NULL) {
		d = dt_parse_decl(ps, DT_DK_BASE, line);
		d->dd_name = dt_parse_strdup(ps, base != NULL ? base : "int");
	}

	/* The combinations C (and DTrace) accept. */
	if ((attr & DT_DA_SIGNED) && (attr & DT_DA_UNSIGNED))
		dt_parse_combo(ps, line);
	if ((attr & DT_DA_SHORT) && (attr & (DT_DA_LONG | DT_DA_LONGLONG)))
		dt_parse_combo(ps, line);
	if (d->dd_kind != DT_DK_BASE || strcmp(d->dd_name, "void") == 0 ||
	    strcmp(d->dd_name, "float") == 0 ||
	    strcmp(d->dd_name, "string") == 0) {
		if (attr & sizesign)
			dt_parse_combo(ps, line);
	} else if (strcmp(d->dd_name, "char") == 0) {
		if (attr & (DT_DA_SHORT | DT_DA_LONG | DT_DA_LONGLONG))
			dt_parse_combo(ps, line);
	} else if (strcmp(d->dd_name, "double") == 0) {
		if (attr & (sizesign & ~DT_DA_LONG))
			dt_parse_combo(ps, line);
	}

	d->dd_attr |= attr;
	if (storagep != NULL)
		*storagep = ds;
	return d;
}

/* A struct or union tag: an identifier or mod`name (keywords allowed). */
static void
dt_parse_tag(dt_parser_t *ps, dt_decl_t *d)
{
	const dt_lextok_t *t = dt_parse_tok(ps);

	if (dt_parse_isname(t) || (t->lt_tok == DT_TOK_IDENT &&
	    t->lt_scope == DT_SCOPE_KERNEL)) {
		d->dd_name = t->lt_str;
		d->dd_module = t->lt_module;
		dt_parse_next(ps);
	}
}

/* A bit-field width: an integer constant from 1 to 64. */
static int
dt_parse_bitwidth(dt_parser_t *ps, const char *member)
{
	dt_node_t *e = dt_parse_cond(ps);

	if (e->dn_kind != DT_NODE_INT || (e->dn_value == 0 && member != NULL)) {
		dt_cerror(ps->ps_pcb, e->dn_line, D_SYNTAX, "positive integral "
		    "constant expression expected as bit-field size");
	}
	if (e->dn_value > 64) {
		dt_cerror(ps->ps_pcb, e->dn_line, D_SYNTAX,
		    "bit-field too big for type: %s",
		    member != NULL ? member : "(anon)");
	}
	return (int)e->dn_value;
}

/* One member declaration of a struct or union, appended to l. */
static void
dt_parse_member(dt_parser_t *ps, dt_parse_list_t *l)
{
	dt_decl_t *spec = dt_parse_specifiers(ps, 0, NULL);

	if (spec == NULL)
		dt_parse_error(ps);

	if (dt_parse_peek(ps) != DT_TOK_SEMI) {
		do {
			char *name = NULL;
			int line = dt_parse_line(ps), bits = 0;
			dt_decl_t *d = spec;
			dt_node_t *n;

			if (dt_parse_peek(ps) != DT_TOK_COLON)
				d = dt_parse_declarator(ps, spec, DT_DCL_NAMED,
				    &name, &line);
			if (dt_parse_accept(ps, DT_TOK_COLON)) {
				/* an unnamed ": 0" just ends a bit run */
				if ((bits = dt_parse_bitwidth(ps, name)) == 0)
					continue;
			}
			n = dt_parse_node(ps, DT_NODE_DECL, line);
			n->dn_decl = d;
			n->dn_name = name;
			n->dn_bits = bits;
			dt_parse_append(l, n);
		} while (dt_parse_accept(ps, DT_TOK_COMMA));
	} else {
		/* an anonymous struct or union member */
		dt_node_t *n = dt_parse_node(ps, DT_NODE_DECL, spec->dd_line);

		n->dn_decl = spec;
		dt_parse_append(l, n);
	}
	dt_parse_expect(ps, DT_TOK_SEMI);
}

/* struct/union [tag] [{ members }] */
static dt_decl_t *
dt_parse_sou(dt_parser_t *ps)
{
	dt_decl_t *d = dt_parse_decl(ps, dt_parse_peek(ps) == DT_KEY_STRUCT ?
	    DT_DK_STRUCT : DT_DK_UNION, dt_parse_line(ps));
	dt_parse_list_t members = { NULL, NULL };

	dt_parse_next(ps);
	dt_parse_tag(ps, d);
	if (!dt_parse_accept(ps, DT_TOK_LBRACE)) {
		if (d->dd_name == NULL)
			dt_parse_error(ps);
		return d;
	}

	dt_parse_enter(ps);
	do {
		dt_parse_member(ps, &members);
	} while (dt_parse_peek(ps) != DT_TOK_RBRACE);
	dt_parse_next(ps);
	dt_parse_leave(ps);

	d->dd_defined = 1;
	d->dd_members = members.pl_head;
	return d;
}

/* enum [tag] [{ A [= e], ... [,] }] */
static dt_decl_t *
dt_parse_enum(dt_parser_t *ps)
{
	dt_decl_t *d = dt_parse_decl(ps, DT_DK_ENUM, dt_parse_line(ps));
	dt_parse_list_t members = { NULL, NULL };

	dt_parse_next(ps);
	dt_parse_tag(ps, d);
	if (!dt_parse_accept(ps, DT_TOK_LBRACE)) {
		if (d->dd_name == NULL)
			dt_parse_error(ps);
		return d;
	}

	do {
		dt_node_t *n = dt_parse_node(ps, DT_NODE_ENUMERATOR,
		    dt_parse_line(ps));

		n->dn_name = dt_parse_name(ps, 0);
		if (dt_parse_accept(ps, DT_TOK_ASGN))
			n->dn_left = dt_parse_cond(ps);
		dt_parse_append(&members, n);
	} while (dt_parse_accept(ps, DT_TOK_COMMA) &&
	    dt_parse_peek(ps) != DT_TOK_RBRACE);
	dt_parse_expect(ps, DT_TOK_RBRACE);

	d->dd_defined = 1;
	d->dd_members = members.pl_head;
	return d;
}

/*
 * A parameter list up to (not including) close: ")" of a function
 * declarator or "]" of an associative array.  NULL if empty.
 */
static dt_node_t *
dt_parse_params(dt_parser_t *ps, dt_token_t close)
{
	dt_parse_list_t l = { NULL, NULL };

	if (dt_parse_peek(ps) == close)
		return NULL;
	do {
		int line = dt_parse_line(ps);
		dt_storage_t ds = DT_DS_NONE;
		dt_node_t *n = dt_parse_node(ps, DT_NODE_DECL, line);
		dt_decl_t *spec;

		dt_parse_append(&l, n);
		if (dt_parse_accept(ps, DT_TOK_ELLIPSIS)) {
			n->dn_name = dt_parse_strdup(ps, "...");
			break;		/* "..." must come last */
		}
		if ((spec = dt_parse_specifiers(ps, DT_SPEC_STORAGE,
		    &ds)) == NULL)
			dt_parse_error(ps);
		n->dn_decl = dt_parse_declarator(ps, spec, DT_DCL_EITHER,
		    &n->dn_name, &line);
		n->dn_dstorage = ds;
	} while (dt_parse_accept(ps, DT_TOK_COMMA));
	return l.pl_head;
}

/*
 * Array and function suffixes of a direct declarator, applied to type:
 * "x[2][3]" is ARRAY(2) -> ARRAY(3) -> type, "f(int)" FUNC -> type.
 */
static dt_decl_t *
dt_parse_suffixes(dt_parser_t *ps, dt_decl_t *type)
{
	dt_decl_t *first = NULL, *last = NULL, *d;
	int depth = ps->ps_depth;

	for (;; dt_parse_enter(ps)) {
		int line = dt_parse_line(ps);

		if (dt_parse_accept(ps, DT_TOK_LBRAC)) {
			d = dt_parse_decl(ps, DT_DK_ARRAY, line);
			if (dt_parse_peek(ps) == DT_TOK_RBRAC)
				;	/* [] */
			else if (dt_parse_istypekw(dt_parse_peek(ps)) ||
			    dt_parse_istypename(ps, dt_parse_tok(ps)))
				d->dd_dim = dt_parse_params(ps, DT_TOK_RBRAC);
			else
				d->dd_dim = dt_parse_cond(ps);
			dt_parse_expect(ps, DT_TOK_RBRAC);
		} else if (dt_parse_accept(ps, DT_TOK_LPAR)) {
			d = dt_parse_decl(ps, DT_DK_FUNC, line);
			d->dd_params = dt_parse_params(ps, DT_TOK_RPAR);
			dt_parse_expect(ps, DT_TOK_RPAR);
		} else
			break;

		if (first == NULL)
			first = d;
		else
			last->dd_next = d;
		last = d;
	}
	ps->ps_depth = depth;
	if (first == NULL)
		return type;
	last->dd_next = type;
	return first;
}

/*
 * After "(" in a declarator's direct part: a nested declarator such as
 * "(*fp)" rather than a parameter list?
 */
static int
dt_parse_isnested(dt_parser_t *ps, dt_dclmode_t mode)
{
	const dt_lextok_t *t = dt_lex_peek(ps->ps_pcb, 1);

	if (mode == DT_DCL_NAMED)
		return 1;	/* the name has not been seen yet */
	if (t->lt_tok == DT_TOK_MUL || t->lt_tok == DT_TOK_LPAR ||
	    t->lt_tok == DT_TOK_LBRAC)
		return 1;
	return mode == DT_DCL_EITHER && t->lt_tok == DT_TOK_IDENT &&
	    t->lt_scope == DT_SCOPE_NONE && !dt_parse_istypename(ps, t);
}

/*
 * A declarator applied to type: pointers, then a name or a parenthesised
 * declarator, then suffixes.  For "(" declarator ")" the inner declarator
 * is parsed against a placeholder, which is then replaced by the outer
 * type with the suffixes applied: "int (*fp)(int)" is PTR -> FUNC -> int.
 * The name (NULL if none) goes to *namep and its line to *linep.
 */
static dt_decl_t *
dt_parse_declarator(dt_parser_t *ps, dt_decl_t *type, dt_dclmode_t mode,
    char **namep, int *linep)
{
	int depth = ps->ps_depth;
	const dt_lextok_t *t;
	dt_decl_t *d;

	dt_parse_enter(ps);
	while (dt_parse_peek(ps) == DT_TOK_MUL) {
		dt_parse_enter(ps);	/* each * is a level of the chain */
		d = dt_parse_decl(ps, DT_DK_PTR, dt_parse_line(ps));
		d->dd_next = type;
		type = d;
		for (dt_parse_next(ps);; dt_parse_next(ps)) {
			dt_token_t q = dt_parse_peek(ps);

			if (q == DT_KEY_CONST)
				d->dd_attr |= DT_DA_CONST;
			else if (q == DT_KEY_VOLATILE)
				d->dd_attr |= DT_DA_VOLATILE;
			else if (q == DT_KEY_RESTRICT)
				d->dd_attr |= DT_DA_RESTRICT;
			else if (q == DT_KEY_USERLAND)
				d->dd_attr |= DT_DA_USER;
			else
				break;
		}
	}

	t = dt_parse_tok(ps);
	if (t->lt_tok == DT_TOK_LPAR && dt_parse_isnested(ps, mode)) {
		dt_decl_t *hole = dt_parse_decl(ps, DT_DK_BASE, t->lt_line);
		dt_decl_t *inner;

		dt_parse_next(ps);
		inner = dt_parse_declarator(ps, hole, mode, namep, linep);
		dt_parse_expect(ps, DT_TOK_RPAR);
		type = dt_parse_suffixes(ps, type);
		if (inner == hole) {
			d = type;
		} else {
			for (d = inner; d->dd_next != hole; d = d->dd_next)
				continue;
			d->dd_next = type;
			d = inner;
		}
	} else {
		if (mode != DT_DCL_ABSTRACT && t->lt_tok == DT_TOK_IDENT &&
		    t->lt_scope == DT_SCOPE_NONE) {
			*namep = t->lt_str;
			*linep = t->lt_line;
			dt_parse_next(ps);
		} else if (mode == DT_DCL_NAMED)
			dt_parse_error(ps);
		d = dt_parse_suffixes(ps, type);
	}
	ps->ps_depth = depth;
	return d;
}

/* A type name as in casts: specifiers and an abstract declarator. */
static dt_decl_t *
dt_parse_typename(dt_parser_t *ps)
{
	dt_decl_t *spec = dt_parse_specifiers(ps, 0, NULL);

	if (spec == NULL)
		dt_parse_error(ps);
	return dt_parse_declarator(ps, spec, DT_DCL_ABSTRACT, NULL, NULL);
}

/* Remember a typedef name so that later items can use it as a type. */
static void
dt_parse_addtypedef(dt_parser_t *ps, char *name)
{
	dt_pcb_t *pcb = ps->ps_pcb;
	int n = pcb->pcb_ntypedefs;

	/* capacity is 8, then doubles: grow at 0 and at each power of 2 */
	if (n == 0 || (n >= 8 && (n & (n - 1)) == 0)) {
		char **v = dt_arena_alloc(pcb->pcb_arena,
		    (size_t)(n == 0 ? 8 : 2 * n) * sizeof (char *));

		if (v == NULL)
			dt_parse_nomem(ps);
		if (n != 0)
			memcpy(v, pcb->pcb_typedefs, n * sizeof (char *));
		pcb->pcb_typedefs = v;
	}
	pcb->pcb_typedefs[pcb->pcb_ntypedefs++] = name;
}

/*
 * Expressions, from the loosest binding up.  Each function returns a node;
 * errors do not return.
 */

/* An argument list up to (not including) close; NULL if empty. */
static dt_node_t *
dt_parse_args(dt_parser_t *ps, dt_token_t close)
{
	dt_parse_list_t l = { NULL, NULL };

	if (dt_parse_peek(ps) == close)
		return NULL;
	do {
		dt_parse_append(&l, dt_parse_assign(ps));
	} while (dt_parse_accept(ps, DT_TOK_COMMA));
	return l.pl_head;
}

/* offsetof(type, member[.member...]) after the keyword */
static dt_node_t *
dt_parse_offsetof(dt_parser_t *ps, int line)
{
	dt_node_t *n = dt_parse_node(ps, DT_NODE_OFFSETOF, line);
	char *path;

	dt_parse_expect(ps, DT_TOK_LPAR);
	n->dn_decl = dt_parse_typename(ps);
	dt_parse_expect(ps, DT_TOK_COMMA);
	path = dt_parse_name(ps, 1);
	while (dt_parse_accept(ps, DT_TOK_DOT)) {
		char *m = dt_parse_name(ps, 1);
		size_t plen = strlen(path), mlen = strlen(m);
		char *p = dt_arena_alloc(ps->ps_pcb->pcb_arena,
		    plen + mlen + 2);

		if (p == NULL)
			dt_parse_nomem(ps);
		memcpy(p, path, plen);
		p[plen] = '.';
		memcpy(p + plen + 1, m, mlen + 1);
		path = p;
	}
	dt_parse_expect(ps, DT_TOK_RPAR);
	n->dn_name = path;
	return n;
}

static dt_node_t *
dt_parse_primary(dt_parser_t *ps)
{
	const dt_lextok_t *t = dt_parse_tok(ps);
	int line = t->lt_line;
	dt_node_t *n;

	switch (t->lt_tok) {
	case DT_TOK_INT:
		n = dt_parse_node(ps, DT_NODE_INT, line);
		n->dn_value = t->lt_value;
		n->dn_intsuffix = t->lt_suffix;
		dt_parse_next(ps);
		return n;

	case DT_TOK_STRING:
		n = dt_parse_node(ps, DT_NODE_STRING, line);
		n->dn_string = t->lt_str;
		n->dn_strlen = t->lt_strlen;
		dt_parse_next(ps);
		return n;

	case DT_TOK_IDENT:
		if (t->lt_scope == DT_SCOPE_NONE &&
		    dt_lex_peek(ps->ps_pcb, 1)->lt_tok == DT_TOK_LPAR) {
			n = dt_parse_node(ps, DT_NODE_CALL, line);
			n->dn_name = t->lt_str;
			dt_parse_next(ps);
			dt_parse_next(ps);
			n->dn_args = dt_parse_args(ps, DT_TOK_RPAR);
			dt_parse_expect(ps, DT_TOK_RPAR);
			return n;
		}
		n = dt_parse_node(ps, DT_NODE_IDENT, line);
		n->dn_name = t->lt_str;
		n->dn_scope = t->lt_scope;
		n->dn_module = t->lt_module;
		if (t->lt_scope == DT_SCOPE_NONE)
			dt_parse_addvar(ps, t->lt_str);
		dt_parse_next(ps);
		return n;

	case DT_TOK_AGG:
		n = dt_parse_node(ps, DT_NODE_AGG, line);
		n->dn_name = t->lt_str;
		dt_parse_next(ps);
		if (dt_parse_accept(ps, DT_TOK_LBRAC)) {
			if ((n->dn_args = dt_parse_args(ps,
			    DT_TOK_RBRAC)) == NULL)
				dt_parse_error(ps);
			dt_parse_expect(ps, DT_TOK_RBRAC);
		}
		return n;

	case DT_KEY_SELF:
	case DT_KEY_THIS:
		n = dt_parse_node(ps, DT_NODE_IDENT, line);
		n->dn_scope = t->lt_tok == DT_KEY_SELF ?
		    DT_SCOPE_SELF : DT_SCOPE_THIS;
		dt_parse_next(ps);
		dt_parse_expect(ps, DT_TOK_PTR);
		n->dn_name = dt_parse_name(ps, 1);
		return n;

	case DT_TOK_LPAR:
		dt_parse_next(ps);
		n = dt_parse_expr(ps);
		dt_parse_expect(ps, DT_TOK_RPAR);
		return n;

	case DT_KEY_OFFSETOF:
		dt_parse_next(ps);
		return dt_parse_offsetof(ps, line);

	case DT_KEY_XLATE:
		n = dt_parse_node(ps, DT_NODE_XLATE, line);
		dt_parse_next(ps);
		dt_parse_expect(ps, DT_TOK_LT);
		n->dn_decl = dt_parse_typename(ps);
		dt_parse_expect(ps, DT_TOK_GT);
		dt_parse_expect(ps, DT_TOK_LPAR);
		n->dn_left = dt_parse_expr(ps);
		dt_parse_expect(ps, DT_TOK_RPAR);
		return n;

	default:
		if (dt_parse_isunsup(t->lt_tok))
			dt_parse_unsup(ps);
		dt_parse_error(ps);
	}
}

/* Postfix operators applied to e: [ ] . -> ++ -- */
static dt_node_t *
dt_parse_postfix(dt_parser_t *ps, dt_node_t *e)
{
	int depth = ps->ps_depth;
	dt_node_t *n;
	dt_token_t op;

	for (;; dt_parse_enter(ps)) {
		switch (op = dt_parse_peek(ps)) {
		case DT_TOK_LBRAC:
			dt_parse_next(ps);
			n = dt_parse_node(ps, DT_NODE_INDEX, e->dn_line);
			n->dn_left = e;
			if ((n->dn_args = dt_parse_args(ps,
			    DT_TOK_RBRAC)) == NULL)
				dt_parse_error(ps);
			dt_parse_expect(ps, DT_TOK_RBRAC);
			break;
		case DT_TOK_DOT:
		case DT_TOK_PTR:
			dt_parse_next(ps);
			n = dt_parse_node(ps, DT_NODE_MEMBER, e->dn_line);
			n->dn_op = op;
			n->dn_left = e;
			n->dn_name = dt_parse_name(ps, 1);
			break;
		case DT_TOK_ADDADD:
		case DT_TOK_SUBSUB:
			dt_parse_next(ps);
			n = dt_parse_op1(ps, op == DT_TOK_ADDADD ?
			    DT_TOK_POSTINC : DT_TOK_POSTDEC, e->dn_line, e);
			break;
		case DT_TOK_LPAR:
			/* a call of something that is not a function name */
			dt_cerror(ps->ps_pcb, e->dn_line, D_FUNC_IDENT,
			    "function designator is not of function type");
		default:
			ps->ps_depth = depth;
			return e;
		}
		e = n;
	}
}

/* The rest of "(" expr ")" once the "(" is consumed, with postfixes. */
static dt_node_t *
dt_parse_parenthesized(dt_parser_t *ps)
{
	dt_node_t *e = dt_parse_expr(ps);

	dt_parse_expect(ps, DT_TOK_RPAR);
	return dt_parse_postfix(ps, e);
}

static dt_node_t *
dt_parse_unary(dt_parser_t *ps)
{
	const dt_lextok_t *t = dt_parse_tok(ps);
	int line = t->lt_line;
	dt_token_t op = t->lt_tok;
	dt_node_t *n;

	dt_parse_enter(ps);
	switch (op) {
	case DT_TOK_ADDADD:
	case DT_TOK_SUBSUB:
		dt_parse_next(ps);
		n = dt_parse_op1(ps, op == DT_TOK_ADDADD ? DT_TOK_PREINC :
		    DT_TOK_PREDEC, line, dt_parse_unary(ps));
		break;
	case DT_TOK_SUB:
	case DT_TOK_ADD:
	case DT_TOK_MUL:
	case DT_TOK_BAND:
	case DT_TOK_LNEG:
	case DT_TOK_BNEG:
		dt_parse_next(ps);
		op = op == DT_TOK_SUB ? DT_TOK_INEG : op == DT_TOK_ADD ?
		    DT_TOK_IPOS : op == DT_TOK_MUL ? DT_TOK_DEREF :
		    op == DT_TOK_BAND ? DT_TOK_ADDROF : op;
		n = dt_parse_op1(ps, op, line, dt_parse_cast(ps));
		break;
	case DT_KEY_SIZEOF:
		n = dt_parse_node(ps, DT_NODE_SIZEOF, line);
		dt_parse_next(ps);
		if (dt_parse_accept(ps, DT_TOK_LPAR)) {
			if (dt_parse_typestart(ps)) {
				n->dn_decl = dt_parse_typename(ps);
				dt_parse_expect(ps, DT_TOK_RPAR);
			} else
				n->dn_left = dt_parse_parenthesized(ps);
		} else
			n->dn_left = dt_parse_unary(ps);
		break;
	case DT_KEY_STRINGOF:
		n = dt_parse_node(ps, DT_NODE_STRINGOF, line);
		dt_parse_next(ps);
		n->dn_left = dt_parse_unary(ps);
		break;
	default:
		n = dt_parse_postfix(ps, dt_parse_primary(ps));
		break;
	}
	dt_parse_leave(ps);
	return n;
}

/* "(" type ")" cast-expression, or a unary expression. */
static dt_node_t *
dt_parse_cast(dt_parser_t *ps)
{
	int line = dt_parse_line(ps);
	dt_node_t *n;

	if (dt_parse_peek(ps) != DT_TOK_LPAR)
		return dt_parse_unary(ps);

	dt_parse_enter(ps);
	dt_parse_next(ps);
	if (dt_parse_typestart(ps)) {
		n = dt_parse_node(ps, DT_NODE_CAST, line);
		n->dn_decl = dt_parse_typename(ps);
		dt_parse_expect(ps, DT_TOK_RPAR);
		n->dn_left = dt_parse_cast(ps);
	} else
		n = dt_parse_parenthesized(ps);
	dt_parse_leave(ps);
	return n;
}

/* Binding strength of a binary operator token; 0 if it is not one. */
static int
dt_parse_binprec(dt_token_t tok)
{
	switch (tok) {
	case DT_TOK_LOR: return 1;
	case DT_TOK_LXOR: return 2;
	case DT_TOK_LAND: return 3;
	case DT_TOK_BOR: return 4;
	case DT_TOK_XOR: return 5;
	case DT_TOK_BAND: return 6;
	case DT_TOK_EQU: case DT_TOK_NEQ: return 7;
	case DT_TOK_LT: case DT_TOK_LE: case DT_TOK_GT: case DT_TOK_GE:
		return 8;
	case DT_TOK_LSH: case DT_TOK_RSH: return 9;
	case DT_TOK_ADD: case DT_TOK_SUB: return 10;
	case DT_TOK_MUL: case DT_TOK_DIV: case DT_TOK_MOD: return 11;
	default: return 0;
	}
}

/* Left-associative binary operators binding at least as tight as minprec. */
static dt_node_t *
dt_parse_binary(dt_parser_t *ps, int minprec)
{
	int depth = ps->ps_depth;
	dt_node_t *l = dt_parse_cast(ps);
	dt_token_t op;
	int prec;

	while ((prec = dt_parse_binprec(op = dt_parse_peek(ps))) != 0 &&
	    prec >= minprec) {
		dt_parse_enter(ps);
		dt_parse_next(ps);
		l = dt_parse_op2(ps, op, l, dt_parse_binary(ps, prec + 1));
	}
	ps->ps_depth = depth;
	return l;
}

static dt_node_t *
dt_parse_cond(dt_parser_t *ps)
{
	dt_node_t *c, *n;

	dt_parse_enter(ps);
	c = dt_parse_binary(ps, 1);
	if (dt_parse_accept(ps, DT_TOK_QUESTION)) {
		n = dt_parse_node(ps, DT_NODE_OP3, c->dn_line);
		n->dn_cond = c;
		n->dn_left = dt_parse_expr(ps);
		dt_parse_expect(ps, DT_TOK_COLON);
		n->dn_right = dt_parse_cond(ps);
		c = n;
	}
	dt_parse_leave(ps);
	return c;
}

static dt_node_t *
dt_parse_assign(dt_parser_t *ps)
{
	dt_node_t *l;
	dt_token_t op;

	dt_parse_enter(ps);
	l = dt_parse_cond(ps);
	op = dt_parse_peek(ps);
	if (op >= DT_TOK_ASGN && op <= DT_TOK_RSH_EQ) {
		/* the semantic pass checks that l is an lvalue */
		dt_parse_next(ps);
		l = dt_parse_op2(ps, op, l, dt_parse_assign(ps));
	}
	dt_parse_leave(ps);
	return l;
}

static dt_node_t *
dt_parse_expr(dt_parser_t *ps)
{
	int depth = ps->ps_depth;
	dt_node_t *e = dt_parse_assign(ps);

	while (dt_parse_accept(ps, DT_TOK_COMMA)) {
		dt_parse_enter(ps);
		e = dt_parse_op2(ps, DT_TOK_COMMA, e, dt_parse_assign(ps));
	}
	ps->ps_depth = depth;
	return e;
}

/*
 * Statements.
 */

/* After a simple statement: ';', or nothing before '}'. */
static void
dt_parse_endstmt(dt_parser_t *ps)
{
	if (!dt_parse_accept(ps, DT_TOK_SEMI) &&
	    dt_parse_peek(ps) != DT_TOK_RBRACE)
		dt_parse_error(ps);
}

/* Statements up to (not including) '}'; empty statements are dropped. */
static dt_node_t *
dt_parse_stmts(dt_parser_t *ps)
{
	dt_parse_list_t l = { NULL, NULL };

	for (;;) {
		dt_token_t tok = dt_parse_peek(ps);

		if (tok == DT_TOK_RBRACE)
			return l.pl_head;
		if (tok == DT_TOK_EOF)
			dt_parse_error(ps);
		if (!dt_parse_accept(ps, DT_TOK_SEMI))
			dt_parse_append(&l, dt_parse_stmt(ps));
	}
}

/* "(" expr ")" of if and while */
static dt_node_t *
dt_parse_condition(dt_parser_t *ps)
{
	dt_node_t *e;

	dt_parse_expect(ps, DT_TOK_LPAR);
	e = dt_parse_expr(ps);
	dt_parse_expect(ps, DT_TOK_RPAR);
	return e;
}

/* for ( [init] ; [cond] ; [step] ) stmt, after the keyword */
static void
dt_parse_for(dt_parser_t *ps, dt_node_t *n)
{
	dt_parse_expect(ps, DT_TOK_LPAR);
	if (dt_parse_peek(ps) != DT_TOK_SEMI)
		n->dn_init = dt_parse_expr(ps);
	dt_parse_expect(ps, DT_TOK_SEMI);
	if (dt_parse_peek(ps) != DT_TOK_SEMI)
		n->dn_cond = dt_parse_expr(ps);
	dt_parse_expect(ps, DT_TOK_SEMI);
	if (dt_parse_peek(ps) != DT_TOK_RPAR)
		n->dn_step = dt_parse_expr(ps);
	dt_parse_expect(ps, DT_TOK_RPAR);
	n->dn_body = dt_parse_stmt(ps);
}

static dt_node_t *
dt_parse_stmt(dt_parser_t *ps)
{
	const dt_lextok_t *t = dt_parse_tok(ps);
	int line = t->lt_line;
	dt_node_t *n;

	dt_parse_enter(ps);
	switch (t->lt_tok) {
	case DT_TOK_LBRACE:
		n = dt_parse_node(ps, DT_NODE_BLOCK, line);
		dt_parse_next(ps);
		n->dn_body = dt_parse_stmts(ps);
		dt_parse_expect(ps, DT_TOK_RBRACE);
		break;
	case DT_TOK_SEMI:
		n = dt_parse_node(ps, DT_NODE_EXPR, line);
		dt_parse_next(ps);
		break;
	case DT_KEY_IF:
		n = dt_parse_node(ps, DT_NODE_IF, line);
		dt_parse_next(ps);
		n->dn_cond = dt_parse_condition(ps);
		n->dn_body = dt_parse_stmt(ps);
		if (dt_parse_accept(ps, DT_KEY_ELSE))
			n->dn_else = dt_parse_stmt(ps);
		break;
	case DT_KEY_WHILE:
		n = dt_parse_node(ps, DT_NODE_WHILE, line);
		dt_parse_next(ps);
		n->dn_cond = dt_parse_condition(ps);
		n->dn_body = dt_parse_stmt(ps);
		break;
	case DT_KEY_FOR:
		n = dt_parse_node(ps, DT_NODE_FOR, line);
		dt_parse_next(ps);
		dt_parse_for(ps, n);
		break;
	case DT_KEY_BREAK:
	case DT_KEY_CONTINUE:
		n = dt_parse_node(ps, t->lt_tok == DT_KEY_BREAK ?
		    DT_NODE_BREAK : DT_NODE_CONTINUE, line);
		dt_parse_next(ps);
		dt_parse_endstmt(ps);
		break;
	default:
		if (dt_parse_isunsup(t->lt_tok))
			dt_parse_unsup(ps);
		n = dt_parse_node(ps, DT_NODE_EXPR, line);
		n->dn_left = dt_parse_expr(ps);
		dt_parse_endstmt(ps);
		break;
	}
	dt_parse_leave(ps);
	return n;
}

/*
 * Top-level items.
 */

/* pdesc [, pdesc...] [/ pred /] [{ stmts }]; the lexer is in DT_LEX_TOP. */
static dt_node_t *
dt_parse_clause(dt_parser_t *ps)
{
	dt_pcb_t *pcb = ps->ps_pcb;
	dt_node_t *c = dt_parse_node(ps, DT_NODE_CLAUSE, dt_parse_line(ps));
	dt_parse_list_t pdescs = { NULL, NULL };
	dt_token_t tok;

	do {
		const dt_lextok_t *t = dt_parse_tok(ps);
		dt_node_t *p;

		if (t->lt_tok != DT_TOK_PSPEC)
			dt_parse_error(ps);
		p = dt_parse_node(ps, DT_NODE_PDESC, t->lt_line);
		p->dn_name = t->lt_str;
		dt_parse_append(&pdescs, p);
		dt_parse_next(ps);
	} while (dt_parse_accept(ps, DT_TOK_COMMA));
	c->dn_pdescs = pdescs.pl_head;

	tok = dt_parse_peek(ps);
	if (tok == DT_TOK_PREDSTART) {
		dt_lex_setmode(pcb, DT_LEX_EXPR);
		dt_lex_predicate(pcb, 1);
		dt_parse_next(ps);
		c->dn_pred = dt_parse_expr(ps);
		if (dt_parse_peek(ps) != DT_TOK_PREDEND)
			dt_parse_error(ps);
		/* the token after the closing '/' is not in the predicate */
		dt_lex_predicate(pcb, 0);
		dt_parse_next(ps);
		if (dt_parse_peek(ps) != DT_TOK_LBRACE) {
			dt_cerror(pcb, c->dn_pred->dn_line, D_SYNTAX,
			    "expected actions { } following probe description "
			    "and predicate");
		}
	} else if (tok != DT_TOK_LBRACE) {
		/* "dtrace -n BEGIN": a clause with the default action */
		if (pcb->pcb_cflags & DT_C_FILE) {
			dt_cerror(pcb, c->dn_pdescs->dn_line, D_SYNTAX,
			    "expected predicate and/or actions following "
			    "probe description");
		}
		return c;
	}

	dt_lex_setmode(pcb, DT_LEX_EXPR);
	dt_parse_next(ps);		/* { */
	c->dn_body = dt_parse_stmts(ps);
	dt_parse_expect(ps, DT_TOK_RBRACE);
	return c;
}

/* [storage] specifiers [declarator [= init], ...] ; appended to l */
static void
dt_parse_declaration(dt_parser_t *ps, dt_parse_list_t *l)
{
	int line = dt_parse_line(ps);
	dt_storage_t ds = DT_DS_NONE;
	dt_decl_t *spec = dt_parse_specifiers(ps,
	    DT_SPEC_STORAGE | DT_SPEC_DSTORAGE, &ds);
	dt_node_t *n;

	if (spec == NULL)
		dt_parse_error(ps);

	if (dt_parse_accept(ps, DT_TOK_SEMI)) {
		/* "struct foo { ... };" declares only the type */
		n = dt_parse_node(ps, DT_NODE_DECL, line);
		n->dn_decl = spec;
		n->dn_dstorage = ds;
		dt_parse_append(l, n);
		return;
	}

	do {
		char *name = NULL;
		int nline = line;
		dt_decl_t *d = dt_parse_declarator(ps, spec, DT_DCL_NAMED,
		    &name, &nline);

		n = dt_parse_node(ps, DT_NODE_DECL, nline);
		n->dn_decl = d;
		n->dn_name = name;
		n->dn_dstorage = ds;
		if (dt_parse_accept(ps, DT_TOK_ASGN))
			n->dn_left = dt_parse_assign(ps);
		if (ds == DT_DS_TYPEDEF)
			dt_parse_addtypedef(ps, name);
		dt_parse_append(l, n);
	} while (dt_parse_accept(ps, DT_TOK_COMMA));
	dt_parse_expect(ps, DT_TOK_SEMI);
}

/* inline type name = expr ; */
static dt_node_t *
dt_parse_inline(dt_parser_t *ps)
{
	dt_node_t *n = dt_parse_node(ps, DT_NODE_INLINE, dt_parse_line(ps));
	dt_decl_t *spec;
	int line;

	dt_parse_next(ps);
	if ((spec = dt_parse_specifiers(ps, 0, NULL)) == NULL)
		dt_parse_error(ps);
	n->dn_decl = dt_parse_declarator(ps, spec, DT_DCL_NAMED,
	    &n->dn_name, &line);
	dt_parse_expect(ps, DT_TOK_ASGN);
	n->dn_left = dt_parse_assign(ps);
	dt_parse_expect(ps, DT_TOK_SEMI);
	return n;
}

/* translator out < in NAME > { member = expr; ... } ; */
static dt_node_t *
dt_parse_xlator(dt_parser_t *ps)
{
	dt_node_t *n = dt_parse_node(ps, DT_NODE_XLATOR, dt_parse_line(ps));
	dt_parse_list_t members = { NULL, NULL };

	dt_parse_next(ps);
	n->dn_decl = dt_parse_typename(ps);
	dt_parse_expect(ps, DT_TOK_LT);
	n->dn_xlfrom = dt_parse_typename(ps);
	n->dn_name = dt_parse_name(ps, 0);
	dt_parse_expect(ps, DT_TOK_GT);
	dt_parse_expect(ps, DT_TOK_LBRACE);
	while (!dt_parse_accept(ps, DT_TOK_RBRACE)) {
		dt_node_t *m = dt_parse_node(ps, DT_NODE_MEMBERINIT,
		    dt_parse_line(ps));

		m->dn_name = dt_parse_name(ps, 1);
		dt_parse_expect(ps, DT_TOK_ASGN);
		m->dn_left = dt_parse_assign(ps);
		dt_parse_expect(ps, DT_TOK_SEMI);
		dt_parse_append(&members, m);
	}
	dt_parse_expect(ps, DT_TOK_SEMI);
	n->dn_members = members.pl_head;
	return n;
}

/* "(" params ")" of a provider probe: a FUNC decl with no return type. */
static dt_decl_t *
dt_parse_probeproto(dt_parser_t *ps)
{
	dt_decl_t *d = dt_parse_decl(ps, DT_DK_FUNC, dt_parse_line(ps));

	dt_parse_expect(ps, DT_TOK_LPAR);
	d->dd_params = dt_parse_params(ps, DT_TOK_RPAR);
	dt_parse_expect(ps, DT_TOK_RPAR);
	return d;
}

/* provider name { probe p(args) [: (args)]; ... } ; */
static dt_node_t *
dt_parse_provider(dt_parser_t *ps)
{
	dt_node_t *n = dt_parse_node(ps, DT_NODE_PROVIDER, dt_parse_line(ps));
	dt_parse_list_t probes = { NULL, NULL };

	dt_parse_next(ps);
	n->dn_name = dt_parse_name(ps, 0);
	dt_parse_expect(ps, DT_TOK_LBRACE);
	while (!dt_parse_accept(ps, DT_TOK_RBRACE)) {
		dt_node_t *p = dt_parse_node(ps, DT_NODE_DECL,
		    dt_parse_line(ps));

		dt_parse_expect(ps, DT_KEY_PROBE);
		p->dn_name = dt_parse_name(ps, 0);
		p->dn_decl = dt_parse_probeproto(ps);
		if (dt_parse_accept(ps, DT_TOK_COLON)) {
			p->dn_xlfrom = p->dn_decl;
			p->dn_decl = dt_parse_probeproto(ps);
		}
		dt_parse_expect(ps, DT_TOK_SEMI);
		dt_parse_append(&probes, p);
	}
	dt_parse_expect(ps, DT_TOK_SEMI);
	n->dn_members = probes.pl_head;
	return n;
}

dt_node_t *
dt_parse_program(dt_pcb_t *pcb)
{
	dt_parser_t ps = { .ps_pcb = pcb };
	dt_parse_list_t items = { NULL, NULL };
	dt_node_t *prog;

	if (pcb->pcb_arena == NULL &&
	    (pcb->pcb_arena = dt_arena_create()) == NULL)
		dt_cerror(pcb, 0, D_UNKNOWN, "out of memory");
	pcb->pcb_typedefs = NULL;
	pcb->pcb_ntypedefs = 0;
	dt_lex_init(pcb);
	prog = dt_parse_node(&ps, DT_NODE_PROG, 1);

	for (;;) {
		dt_token_t tok;

		/* nothing is looked ahead here except under DT_LEX_TOP */
		dt_lex_setmode(pcb, DT_LEX_TOP);
		if ((tok = dt_parse_peek(&ps)) == DT_TOK_EOF)
			break;
		if (tok == DT_TOK_PSPEC) {
			dt_parse_append(&items, dt_parse_clause(&ps));
			continue;
		}

		dt_lex_setmode(pcb, DT_LEX_EXPR);
		switch (tok) {
		case DT_KEY_INLINE:
			dt_parse_append(&items, dt_parse_inline(&ps));
			break;
		case DT_KEY_TRANSLATOR:
			dt_parse_append(&items, dt_parse_xlator(&ps));
			break;
		case DT_KEY_PROVIDER:
			dt_parse_append(&items, dt_parse_provider(&ps));
			break;
		default:
			if (dt_parse_isunsup(tok))
				dt_parse_unsup(&ps);
			dt_parse_declaration(&ps, &items);
			break;
		}
	}

	if (items.pl_head == NULL)
		dt_cerror(pcb, dt_parse_line(&ps), D_EMPTY,
		    "empty D program translation unit");
	prog->dn_body = items.pl_head;
	return prog;
}
