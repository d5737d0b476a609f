/*
 * dt_node.c -- the compile arena, AST node helpers and the debug dumper.
 *
 * The arena is a chunked bump allocator: every node, decl and string of one
 * compile is carved out of large zeroed chunks and the whole compile is freed
 * at once by dt_arena_destroy().  Nothing in the tree is ever freed
 * individually, so the front end cannot leak or double-free, and an error
 * that longjmps out of the middle of a parse leaves nothing to clean up
 * except the arena itself.
 *
 * Invariants:
 *  - every block returned by dt_arena_alloc() is zero-filled and aligned for
 *    any C object (chunks come from calloc and are never reused);
 *  - allocations larger than a quarter of a chunk get a chunk of their own,
 *    so a huge token wastes at most the tail of the current chunk;
 *  - allocation failure returns NULL (the parser turns that into an error).
 *
 * dt_node_dump() prints a node as a one-line S-expression (or indented, one
 * statement per line, if indent >= 0).  The format is part of the unit tests'
 * contract, so it is documented in full above dt_dump_node() below.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dt_ast.h"

#define DT_ARENA_CHUNK	(64 * 1024)	/* default chunk payload size */
#define DT_ARENA_ALIGN	16		/* >= _Alignof(max_align_t) on Linux */

typedef struct dt_chunk {
	struct dt_chunk *ch_next;	/* older chunk */
	size_t ch_size;			/* payload bytes */
	size_t ch_used;			/* payload bytes handed out */
	_Alignas(DT_ARENA_ALIGN) unsigned char ch_data[];
} dt_chunk_t;

struct dt_arena {
	dt_chunk_t *ar_chunks;		/* newest first; allocations come from
					   the head */
};

dt_arena_t *
dt_arena_create(void)
{
	return calloc(1, sizeof (dt_arena_t));
}

void
dt_arena_destroy(dt_arena_t *ar)
{
	dt_chunk_t *ch, *next;

	if (ar == NULL)
		return;
	for (ch = ar->ar_chunks; ch != NULL; ch = next) {
		next = ch->ch_next;
		free(ch);
	}
	free(ar);
}

static dt_chunk_t *
dt_arena_chunk(size_t size)
{
	dt_chunk_t *ch = calloc(1, sizeof (dt_chunk_t) + size);

	if (ch != NULL)
		ch->ch_size = size;
	return ch;
}

void *
dt_arena_alloc(dt_arena_t *ar, size_t size)
{
	dt_chunk_t *ch;
	size_t need;

	if (ar == NULL || size > SIZE_MAX / 2)
		return NULL;
	need = (size + DT_ARENA_ALIGN - 1) & ~(size_t)(DT_ARENA_ALIGN - 1);
	if (need == 0)
		need = DT_ARENA_ALIGN;

	if (need > DT_ARENA_CHUNK / 4) {
		/* A big block gets its own chunk, linked behind the head so
		 * that the head keeps serving small allocations. */
		if ((ch = dt_arena_chunk(need)) == NULL)
			return NULL;
		ch->ch_used = need;
		if (ar->ar_chunks != NULL) {
			ch->ch_next = ar->ar_chunks->ch_next;
			ar->ar_chunks->ch_next = ch;
		} else
			ar->ar_chunks = ch;
		return ch->ch_data;
	}

	ch = ar->ar_chunks;
	if (ch == NULL || ch->ch_size - ch->ch_used < need) {
		if ((ch = dt_arena_chunk(DT_ARENA_CHUNK)) == NULL)
			return NULL;
		ch->ch_next = ar->ar_chunks;
		ar->ar_chunks = ch;
	}
	ch->ch_used += need;
	return ch->ch_data + ch->ch_used - need;
}

char *
dt_arena_strndup(dt_arena_t *ar, const char *s, size_t n)
{
	char *p;

	if (n == SIZE_MAX || (p = dt_arena_alloc(ar, n + 1)) == NULL)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
dt_arena_strdup(dt_arena_t *ar, const char *s)
{
	return dt_arena_strndup(ar, s, strlen(s));
}

dt_node_t *
dt_node_new(dt_arena_t *ar, dt_node_kind_t kind, int line)
{
	dt_node_t *n = dt_arena_alloc(ar, sizeof (dt_node_t));

	if (n != NULL) {
		n->dn_kind = kind;
		n->dn_line = line;
	}
	return n;
}

static dt_node_t *
dt_node_clone_list(dt_arena_t *ar, const dt_node_t *l, const char *var,
    const dt_node_t *with)
{
	dt_node_t *head = NULL, **tail = &head;

	for (; l != NULL; l = l->dn_list) {
		*tail = dt_node_clone(ar, l, var, with);
		tail = &(*tail)->dn_list;
	}
	return head;
}

dt_node_t *
dt_node_clone(dt_arena_t *ar, const dt_node_t *n, const char *var,
    const dt_node_t *with)
{
	if (n == NULL)
		return NULL;
	dt_node_t *c = dt_arena_alloc(ar, sizeof(*c));
	if (var != NULL && n->dn_kind == DT_NODE_IDENT &&
	    n->dn_scope == DT_SCOPE_NONE && strcmp(n->dn_name, var) == 0) {
		c->dn_kind = DT_NODE_BOUND;
		c->dn_line = n->dn_line;
		c->dn_left = (dt_node_t *)with;
		return c;
	}
	*c = *n;
	c->dn_list = NULL;
	c->dn_left = dt_node_clone(ar, n->dn_left, var, with);
	c->dn_right = dt_node_clone(ar, n->dn_right, var, with);
	c->dn_cond = dt_node_clone(ar, n->dn_cond, var, with);
	c->dn_args = dt_node_clone_list(ar, n->dn_args, var, with);
	return c;
}

dt_decl_t *
dt_decl_new(dt_arena_t *ar, dt_decl_kind_t kind, int line)
{
	dt_decl_t *d = dt_arena_alloc(ar, sizeof (dt_decl_t));

	if (d != NULL) {
		d->dd_kind = kind;
		d->dd_line = line;
	}
	return d;
}

dt_node_t *
dt_node_append(dt_node_t *list, dt_node_t *n)
{
	dt_node_t *p;

	if (list == NULL)
		return n;
	for (p = list; p->dn_list != NULL; p = p->dn_list)
		continue;
	p->dn_list = n;
	return list;
}

int
dt_node_count(const dt_node_t *list)
{
	int n = 0;

	for (; list != NULL; list = list->dn_list)
		n++;
	return n;
}

static const char *const dt_token_names[DT_TOK_MAX] = {
	[DT_TOK_EOF] = "<end of input>",
	[DT_TOK_COMMA] = ",", [DT_TOK_ASGN] = "=", [DT_TOK_ADD_EQ] = "+=",
	[DT_TOK_SUB_EQ] = "-=", [DT_TOK_MUL_EQ] = "*=", [DT_TOK_DIV_EQ] = "/=",
	[DT_TOK_MOD_EQ] = "%=", [DT_TOK_AND_EQ] = "&=", [DT_TOK_XOR_EQ] = "^=",
	[DT_TOK_OR_EQ] = "|=", [DT_TOK_LSH_EQ] = "<<=", [DT_TOK_RSH_EQ] = ">>=",
	[DT_TOK_QUESTION] = "?", [DT_TOK_COLON] = ":",
	[DT_TOK_LOR] = "||", [DT_TOK_LXOR] = "^^", [DT_TOK_LAND] = "&&",
	[DT_TOK_BOR] = "|", [DT_TOK_XOR] = "^", [DT_TOK_BAND] = "&",
	[DT_TOK_EQU] = "==", [DT_TOK_NEQ] = "!=", [DT_TOK_LT] = "<",
	[DT_TOK_LE] = "<=", [DT_TOK_GT] = ">", [DT_TOK_GE] = ">=",
	[DT_TOK_LSH] = "<<", [DT_TOK_RSH] = ">>", [DT_TOK_ADD] = "+",
	[DT_TOK_SUB] = "-", [DT_TOK_MUL] = "*", [DT_TOK_DIV] = "/",
	[DT_TOK_MOD] = "%", [DT_TOK_LNEG] = "!", [DT_TOK_BNEG] = "~",
	[DT_TOK_ADDADD] = "++", [DT_TOK_SUBSUB] = "--",
	[DT_TOK_LPAR] = "(", [DT_TOK_RPAR] = ")", [DT_TOK_LBRAC] = "[",
	[DT_TOK_RBRAC] = "]", [DT_TOK_LBRACE] = "{", [DT_TOK_RBRACE] = "}",
	[DT_TOK_DOT] = ".", [DT_TOK_PTR] = "->", [DT_TOK_SEMI] = ";",
	[DT_TOK_AT] = "@", [DT_TOK_ELLIPSIS] = "...", [DT_TOK_BACKQUOTE] = "`",
	[DT_TOK_IPOS] = "+", [DT_TOK_INEG] = "-", [DT_TOK_DEREF] = "*",
	[DT_TOK_ADDROF] = "&", [DT_TOK_PREINC] = "++", [DT_TOK_PREDEC] = "--",
	[DT_TOK_POSTINC] = "++", [DT_TOK_POSTDEC] = "--",
	[DT_TOK_INT] = "<integer>", [DT_TOK_STRING] = "<string>",
	[DT_TOK_IDENT] = "<identifier>", [DT_TOK_AGG] = "<aggregation>",
	[DT_TOK_TNAME] = "<type name>", [DT_TOK_PSPEC] = "<probe description>",
	[DT_TOK_PREDSTART] = "/", [DT_TOK_PREDEND] = "/",
	[DT_KEY_AUTO] = "auto", [DT_KEY_BREAK] = "break",
	[DT_KEY_CASE] = "case",
	[DT_KEY_CHAR] = "char", [DT_KEY_CONST] = "const",
	[DT_KEY_CONTINUE] = "continue", [DT_KEY_COUNTER] = "counter",
	[DT_KEY_DEFAULT] = "default", [DT_KEY_DO] = "do",
	[DT_KEY_DOUBLE] = "double", [DT_KEY_ELSE] = "else",
	[DT_KEY_ENUM] = "enum", [DT_KEY_EXTERN] = "extern",
	[DT_KEY_FLOAT] = "float", [DT_KEY_FOR] = "for", [DT_KEY_GOTO] = "goto",
	[DT_KEY_IF] = "if", [DT_KEY_IMPORT] = "import",
	[DT_KEY_INLINE] = "inline", [DT_KEY_INT] = "int",
	[DT_KEY_LONG] = "long",
	[DT_KEY_OFFSETOF] = "offsetof", [DT_KEY_PROBE] = "probe",
	[DT_KEY_PROVIDER] = "provider", [DT_KEY_REGISTER] = "register",
	[DT_KEY_RESTRICT] = "restrict", [DT_KEY_RETURN] = "return",
	[DT_KEY_SELF] = "self", [DT_KEY_SHORT] = "short",
	[DT_KEY_SIGNED] = "signed", [DT_KEY_SIZEOF] = "sizeof",
	[DT_KEY_STATIC] = "static", [DT_KEY_STRING] = "string",
	[DT_KEY_STRINGOF] = "stringof", [DT_KEY_STRUCT] = "struct",
	[DT_KEY_SWITCH] = "switch", [DT_KEY_THIS] = "this",
	[DT_KEY_TRANSLATOR] = "translator", [DT_KEY_TYPEDEF] = "typedef",
	[DT_KEY_UNION] = "union", [DT_KEY_UNSIGNED] = "unsigned",
	[DT_KEY_USERLAND] = "userland", [DT_KEY_VOID] = "void",
	[DT_KEY_VOLATILE] = "volatile", [DT_KEY_WHILE] = "while",
	[DT_KEY_XLATE] = "xlate",
};

const char *
dt_token_name(dt_token_t tok)
{
	if ((unsigned)tok >= DT_TOK_MAX || dt_token_names[tok] == NULL)
		return "<unknown token>";
	return dt_token_names[tok];
}

int
dt_token_is_asgn(dt_token_t op)
{
	return op >= DT_TOK_ASGN && op <= DT_TOK_RSH_EQ;
}

dt_token_t
dt_token_asgn_op(dt_token_t op)
{
	switch (op) {
	case DT_TOK_ADD_EQ: return DT_TOK_ADD;
	case DT_TOK_SUB_EQ: return DT_TOK_SUB;
	case DT_TOK_MUL_EQ: return DT_TOK_MUL;
	case DT_TOK_DIV_EQ: return DT_TOK_DIV;
	case DT_TOK_MOD_EQ: return DT_TOK_MOD;
	case DT_TOK_AND_EQ: return DT_TOK_BAND;
	case DT_TOK_XOR_EQ: return DT_TOK_XOR;
	case DT_TOK_OR_EQ: return DT_TOK_BOR;
	case DT_TOK_LSH_EQ: return DT_TOK_LSH;
	case DT_TOK_RSH_EQ: return DT_TOK_RSH;
	default: return op;
	}
}

static const char *const dt_node_kind_names[] = {
	[DT_NODE_INT] = "int", [DT_NODE_STRING] = "string",
	[DT_NODE_IDENT] = "ident", [DT_NODE_OP1] = "op1",
	[DT_NODE_OP2] = "op2", [DT_NODE_OP3] = "op3", [DT_NODE_CALL] = "call",
	[DT_NODE_AGG] = "agg", [DT_NODE_INDEX] = "index",
	[DT_NODE_MEMBER] = "member", [DT_NODE_CAST] = "cast",
	[DT_NODE_SIZEOF] = "sizeof", [DT_NODE_OFFSETOF] = "offsetof",
	[DT_NODE_STRINGOF] = "stringof", [DT_NODE_XLATE] = "xlate",
	[DT_NODE_EXPR] = "expr", [DT_NODE_BLOCK] = "block",
	[DT_NODE_IF] = "if", [DT_NODE_WHILE] = "while", [DT_NODE_FOR] = "for",
	[DT_NODE_BREAK] = "break", [DT_NODE_CONTINUE] = "continue",
	[DT_NODE_PDESC] = "pdesc", [DT_NODE_CLAUSE] = "clause",
	[DT_NODE_DECL] = "decl", [DT_NODE_INLINE] = "inline",
	[DT_NODE_XLATOR] = "translator", [DT_NODE_MEMBERINIT] = "init",
	[DT_NODE_ENUMERATOR] = "enumerator", [DT_NODE_PROVIDER] = "provider",
	[DT_NODE_PROG] = "prog", [DT_NODE_BOUND] = "bound",
};

const char *
dt_node_kind_name(dt_node_kind_t kind)
{
	if ((unsigned)kind >= sizeof (dt_node_kind_names) /
	    sizeof (dt_node_kind_names[0]) || dt_node_kind_names[kind] == NULL)
		return "<unknown node>";
	return dt_node_kind_names[kind];
}

/*
 * The dumper.  Output grammar (one line when indent < 0):
 *
 *   (int V [u] [l|ll] [char] [nondec])     V in decimal; flags as written
 *   (string "C-escaped text")
 *   (ident x) (ident self->x) (ident this->x) (ident `x) (ident mod`x)
 *   (ident $1) (ident $target) (ident $$1)
 *   (OP a)            unary: - + * & ! ~, or pre++ pre-- post++ post--
 *   (OP a b)          binary and assignment operators by their text, "," too
 *   (?: c a b)  (call f args...)  (agg @a keys...)  ([] a keys...)
 *   (. a m)  (-> a m)  (cast TYPE e)  (sizeof TYPE)  (sizeof e)
 *   (offsetof TYPE a.b)  (stringof e)  (xlate TYPE e)
 *   (expr e) (expr)  (block S...)  (if C S [S])  (while C S)
 *   (for INIT COND STEP S)   missing parts print as nil
 *   (break) (continue)
 *   (pdesc text)  (clause (pdesc ...)... [(pred e)] (body S...))
 *   (decl [storage] [name] TYPE [:bits] [= init])   storage is typedef,
 *          self, this, extern, static, register or auto; a provider probe
 *          with translated arguments prints (decl name NATIVE : XLATED)
 *   (decl ...)        the "..." of a variable-length parameter list
 *   (inline name TYPE e)  (translator name OUT IN (init m e)...)
 *   (enumerator A [e])  (provider name (decl ...)...)  (prog ...)
 *
 * TYPE (a dt_decl_t chain):
 *   (base [signed] [unsigned] [short] [long] [longlong] [const] [volatile]
 *         [restrict] [userland] name)
 *   (typedef [quals] [mod`]name)  (struct [quals] [mod`]tag [members...])
 *   (union ...) (enum [mod`]tag [enumerators...]); anonymous tags print "-";
 *   a definition with no members prints "{}" after the tag
 *   (ptr [quals] TYPE)  (array [dims...] TYPE)  (func [params...] [TYPE])
 */
typedef struct dt_dumper {
	FILE *du_fp;
	int du_indent;		/* < 0: one line; else current indent */
} dt_dumper_t;

static void dt_dump_node(dt_dumper_t *, const dt_node_t *);
static void dt_dump_decl(dt_dumper_t *, const dt_decl_t *);

static void
dt_dump_string(FILE *fp, const char *s, size_t len)
{
	size_t i;

	fputc('"', fp);
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		switch (c) {
		case '\n': fputs("\\n", fp); break;
		case '\t': fputs("\\t", fp); break;
		case '\r': fputs("\\r", fp); break;
		case '"': fputs("\\\"", fp); break;
		case '\\': fputs("\\\\", fp); break;
		default:
			if (c < 0x20 || c >= 0x7f)
				fprintf(fp, "\\%03o", c);
			else
				fputc(c, fp);
		}
	}
	fputc('"', fp);
}

/* Print the children of a statement container, one per line if indenting. */
static void
dt_dump_list(dt_dumper_t *du, const dt_node_t *list)
{
	for (; list != NULL; list = list->dn_list) {
		if (du->du_indent >= 0)
			fprintf(du->du_fp, "\n%*s", du->du_indent + 2, "");
		else
			fputc(' ', du->du_fp);
		if (du->du_indent >= 0)
			du->du_indent += 2;
		dt_dump_node(du, list);
		if (du->du_indent >= 0)
			du->du_indent -= 2;
	}
}

/* Print an expression list inline: " a b c". */
static void
dt_dump_args(dt_dumper_t *du, const dt_node_t *list)
{
	for (; list != NULL; list = list->dn_list) {
		fputc(' ', du->du_fp);
		dt_dump_node(du, list);
	}
}

static void
dt_dump_opt(dt_dumper_t *du, const dt_node_t *n)
{
	fputc(' ', du->du_fp);
	if (n == NULL)
		fputs("nil", du->du_fp);
	else
		dt_dump_node(du, n);
}

static void
dt_dump_attrs(FILE *fp, int attr)
{
	static const struct { int bit; const char *name; } names[] = {
		{ DT_DA_SIGNED, "signed" }, { DT_DA_UNSIGNED, "unsigned" },
		{ DT_DA_SHORT, "short" }, { DT_DA_LONG, "long" },
		{ DT_DA_LONGLONG, "longlong" }, { DT_DA_CONST, "const" },
		{ DT_DA_VOLATILE, "volatile" }, { DT_DA_RESTRICT, "restrict" },
		{ DT_DA_USER, "userland" },
	};
	size_t i;

	for (i = 0; i < sizeof (names) / sizeof (names[0]); i++) {
		if (attr & names[i].bit)
			fprintf(fp, " %s", names[i].name);
	}
}

static void
dt_dump_tag(FILE *fp, const dt_decl_t *d)
{
	fputc(' ', fp);
	if (d->dd_module != NULL)
		fprintf(fp, "%s`", d->dd_module);
	fputs(d->dd_name != NULL ? d->dd_name : "-", fp);
}

static void
dt_dump_decl(dt_dumper_t *du, const dt_decl_t *d)
{
	FILE *fp = du->du_fp;
	const dt_node_t *n;

	if (d == NULL) {
		fputs("nil", fp);
		return;
	}
	switch (d->dd_kind) {
	case DT_DK_BASE:
		fputs("(base", fp);
		dt_dump_attrs(fp, d->dd_attr);
		fprintf(fp, " %s)", d->dd_name != NULL ? d->dd_name : "-");
		return;
	case DT_DK_TYPEDEF:
		fputs("(typedef", fp);
		dt_dump_attrs(fp, d->dd_attr);
		dt_dump_tag(fp, d);
		fputc(')', fp);
		return;
	case DT_DK_STRUCT:
	case DT_DK_UNION:
	case DT_DK_ENUM:
		fputs(d->dd_kind == DT_DK_STRUCT ? "(struct" :
		    d->dd_kind == DT_DK_UNION ? "(union" : "(enum", fp);
		dt_dump_attrs(fp, d->dd_attr);
		dt_dump_tag(fp, d);
		if (d->dd_defined && d->dd_members == NULL)
			fputs(" {}", fp);
		dt_dump_args(du, d->dd_members);
		fputc(')', fp);
		return;
	case DT_DK_PTR:
		fputs("(ptr", fp);
		dt_dump_attrs(fp, d->dd_attr);
		fputc(' ', fp);
		dt_dump_decl(du, d->dd_next);
		fputc(')', fp);
		return;
	case DT_DK_ARRAY:
	case DT_DK_FUNC:
		fputs(d->dd_kind == DT_DK_ARRAY ? "(array [" : "(func [", fp);
		n = d->dd_kind == DT_DK_ARRAY ? d->dd_dim : d->dd_params;
		for (; n != NULL; n = n->dn_list) {
			dt_dump_node(du, n);
			if (n->dn_list != NULL)
				fputc(' ', fp);
		}
		fputc(']', fp);
		if (d->dd_next != NULL || d->dd_kind == DT_DK_ARRAY) {
			fputc(' ', fp);
			dt_dump_decl(du, d->dd_next);
		}
		fputc(')', fp);
		return;
	}
	fputs("(?decl)", fp);
}

static const char *
dt_dump_opname(dt_token_t op)
{
	switch (op) {
	case DT_TOK_PREINC: return "pre++";
	case DT_TOK_PREDEC: return "pre--";
	case DT_TOK_POSTINC: return "post++";
	case DT_TOK_POSTDEC: return "post--";
	default: return dt_token_name(op);
	}
}

static const char *
dt_dump_storage(dt_storage_t ds)
{
	switch (ds) {
	case DT_DS_SELF: return "self";
	case DT_DS_THIS: return "this";
	case DT_DS_TYPEDEF: return "typedef";
	case DT_DS_EXTERN: return "extern";
	case DT_DS_STATIC: return "static";
	case DT_DS_REGISTER: return "register";
	case DT_DS_AUTO: return "auto";
	default: return NULL;
	}
}

static void
dt_dump_node(dt_dumper_t *du, const dt_node_t *n)
{
	FILE *fp = du->du_fp;
	const char *s;

	if (n == NULL) {
		fputs("nil", fp);
		return;
	}

	switch (n->dn_kind) {
	case DT_NODE_INT:
		fprintf(fp, "(int %llu", (unsigned long long)n->dn_value);
		if (n->dn_intsuffix & DT_INT_U)
			fputs(" u", fp);
		if (n->dn_intsuffix & DT_INT_L)
			fputs(" l", fp);
		if (n->dn_intsuffix & DT_INT_LL)
			fputs(" ll", fp);
		if (n->dn_intsuffix & DT_INT_CHAR)
			fputs(" char", fp);
		if (!(n->dn_intsuffix & DT_INT_DEC))
			fputs(" nondec", fp);
		fputc(')', fp);
		break;
	case DT_NODE_STRING:
		fputs("(string ", fp);
		dt_dump_string(fp, n->dn_string ? n->dn_string : "",
		    n->dn_string ? n->dn_strlen : 0);
		fputc(')', fp);
		break;
	case DT_NODE_IDENT:
		fputs("(ident ", fp);
		switch (n->dn_scope) {
		case DT_SCOPE_SELF: fputs("self->", fp); break;
		case DT_SCOPE_THIS: fputs("this->", fp); break;
		case DT_SCOPE_KERNEL:
			fprintf(fp, "%s`", n->dn_module ? n->dn_module : "");
			break;
		case DT_SCOPE_MACRO: fputc('$', fp); break;
		case DT_SCOPE_MACROSTR: fputs("$$", fp); break;
		default: break;
		}
		fprintf(fp, "%s)", n->dn_name ? n->dn_name : "");
		break;
	case DT_NODE_OP1:
		fprintf(fp, "(%s ", dt_dump_opname(n->dn_op));
		dt_dump_node(du, n->dn_left);
		fputc(')', fp);
		break;
	case DT_NODE_OP2:
		fprintf(fp, "(%s ", dt_dump_opname(n->dn_op));
		dt_dump_node(du, n->dn_left);
		fputc(' ', fp);
		dt_dump_node(du, n->dn_right);
		fputc(')', fp);
		break;
	case DT_NODE_OP3:
		fputs("(?: ", fp);
		dt_dump_node(du, n->dn_cond);
		fputc(' ', fp);
		dt_dump_node(du, n->dn_left);
		fputc(' ', fp);
		dt_dump_node(du, n->dn_right);
		fputc(')', fp);
		break;
	case DT_NODE_CALL:
		fprintf(fp, "(call %s", n->dn_name);
		dt_dump_args(du, n->dn_args);
		fputc(')', fp);
		break;
	case DT_NODE_AGG:
		fprintf(fp, "(agg @%s", n->dn_name);
		dt_dump_args(du, n->dn_args);
		fputc(')', fp);
		break;
	case DT_NODE_INDEX:
		fputs("([] ", fp);
		dt_dump_node(du, n->dn_left);
		dt_dump_args(du, n->dn_args);
		fputc(')', fp);
		break;
	case DT_NODE_MEMBER:
		fprintf(fp, "(%s ", dt_token_name(n->dn_op));
		dt_dump_node(du, n->dn_left);
		fprintf(fp, " %s)", n->dn_name);
		break;
	case DT_NODE_CAST:
	case DT_NODE_XLATE:
		fputs(n->dn_kind == DT_NODE_CAST ? "(cast " : "(xlate ", fp);
		dt_dump_decl(du, n->dn_decl);
		fputc(' ', fp);
		dt_dump_node(du, n->dn_left);
		fputc(')', fp);
		break;
	case DT_NODE_SIZEOF:
		fputs("(sizeof ", fp);
		if (n->dn_decl != NULL)
			dt_dump_decl(du, n->dn_decl);
		else
			dt_dump_node(du, n->dn_left);
		fputc(')', fp);
		break;
	case DT_NODE_OFFSETOF:
		fputs("(offsetof ", fp);
		dt_dump_decl(du, n->dn_decl);
		fprintf(fp, " %s)", n->dn_name);
		break;
	case DT_NODE_STRINGOF:
		fputs("(stringof ", fp);
		dt_dump_node(du, n->dn_left);
		fputc(')', fp);
		break;
	case DT_NODE_EXPR:
		fputs("(expr", fp);
		if (n->dn_left != NULL) {
			fputc(' ', fp);
			dt_dump_node(du, n->dn_left);
		}
		fputc(')', fp);
		break;
	case DT_NODE_BLOCK:
		fputs("(block", fp);
		dt_dump_list(du, n->dn_body);
		fputc(')', fp);
		break;
	case DT_NODE_IF:
		fputs("(if ", fp);
		dt_dump_node(du, n->dn_cond);
		dt_dump_list(du, n->dn_body);
		dt_dump_list(du, n->dn_else);
		fputc(')', fp);
		break;
	case DT_NODE_WHILE:
		fputs("(while ", fp);
		dt_dump_node(du, n->dn_cond);
		dt_dump_list(du, n->dn_body);
		fputc(')', fp);
		break;
	case DT_NODE_FOR:
		fputs("(for", fp);
		dt_dump_opt(du, n->dn_init);
		dt_dump_opt(du, n->dn_cond);
		dt_dump_opt(du, n->dn_step);
		dt_dump_list(du, n->dn_body);
		fputc(')', fp);
		break;
	case DT_NODE_BREAK:
	case DT_NODE_CONTINUE:
		fprintf(fp, "(%s)", dt_node_kind_name(n->dn_kind));
		break;
	case DT_NODE_PDESC:
		fprintf(fp, "(pdesc %s)", n->dn_name);
		break;
	case DT_NODE_CLAUSE:
		fputs("(clause", fp);
		dt_dump_args(du, n->dn_pdescs);
		if (n->dn_pred != NULL) {
			fputs(" (pred ", fp);
			dt_dump_node(du, n->dn_pred);
			fputc(')', fp);
		}
		fputs(" (body", fp);
		dt_dump_list(du, n->dn_body);
		fputs("))", fp);
		break;
	case DT_NODE_DECL:
		fputs("(decl", fp);
		if ((s = dt_dump_storage(n->dn_dstorage)) != NULL)
			fprintf(fp, " %s", s);
		if (n->dn_name != NULL)
			fprintf(fp, " %s", n->dn_name);
		if (n->dn_xlfrom != NULL) {
			fputc(' ', fp);
			dt_dump_decl(du, n->dn_xlfrom);
			fputs(" :", fp);
		}
		if (n->dn_decl != NULL) {
			fputc(' ', fp);
			dt_dump_decl(du, n->dn_decl);
		}
		if (n->dn_bits != 0)
			fprintf(fp, " :%d", n->dn_bits);
		if (n->dn_left != NULL) {
			fputs(" = ", fp);
			dt_dump_node(du, n->dn_left);
		}
		fputc(')', fp);
		break;
	case DT_NODE_INLINE:
		fprintf(fp, "(inline %s ", n->dn_name);
		dt_dump_decl(du, n->dn_decl);
		fputc(' ', fp);
		dt_dump_node(du, n->dn_left);
		fputc(')', fp);
		break;
	case DT_NODE_XLATOR:
		fprintf(fp, "(translator %s ", n->dn_name);
		dt_dump_decl(du, n->dn_decl);
		fputc(' ', fp);
		dt_dump_decl(du, n->dn_xlfrom);
		dt_dump_list(du, n->dn_members);
		fputc(')', fp);
		break;
	case DT_NODE_MEMBERINIT:
		fprintf(fp, "(init %s ", n->dn_name);
		dt_dump_node(du, n->dn_left);
		fputc(')', fp);
		break;
	case DT_NODE_ENUMERATOR:
		fprintf(fp, "(enumerator %s", n->dn_name);
		if (n->dn_left != NULL) {
			fputc(' ', fp);
			dt_dump_node(du, n->dn_left);
		}
		fputc(')', fp);
		break;
	case DT_NODE_PROVIDER:
		fprintf(fp, "(provider %s", n->dn_name);
		dt_dump_list(du, n->dn_members);
		fputc(')', fp);
		break;
	case DT_NODE_PROG:
		fputs("(prog", fp);
		dt_dump_list(du, n->dn_body);
		fputc(')', fp);
		break;
	default:
		fprintf(fp, "(?node %d)", (int)n->dn_kind);
		break;
	}
}

void
dt_node_dump(const dt_node_t *n, int indent, void *out)
{
	dt_dumper_t du = { .du_fp = out, .du_indent = indent };

	if (indent > 0)
		fprintf(du.du_fp, "%*s", indent, "");
	dt_dump_node(&du, n);
	if (indent >= 0)
		fputc('\n', du.du_fp);
}
