/*
 * dt_ast.h -- the abstract syntax tree of a D program.
 *
 * The parser (dt_parse.c) turns the token stream of dt_lex.c into this tree;
 * the semantic pass (sema/dt_sema.c) decorates it in place with types and
 * resolved identifiers; the code generator (cg/dt_cg.c) walks the decorated
 * tree and emits BPF.  Nothing in this file knows about BPF or the kernel.
 *
 * Invariants:
 *  - every node carries the line it started on (dn_line) so that any later
 *    stage can report "line N: ..." against the user's source;
 *  - lists (clauses, statements, arguments, probe descriptions, members) are
 *    singly linked through dn_list, in source order;
 *  - the parser fills only the syntactic fields; the dn_type / dn_ident /
 *    dn_flags fields belong to the semantic pass.
 */
#ifndef DT_AST_H
#define DT_AST_H

#include <stdint.h>
#include <stddef.h>

struct dt_type;
struct dt_ident;
struct dt_decl;

typedef enum dt_node_kind {
	/* expressions */
	DT_NODE_INT,     /* integer or character constant: dn_value, dn_intsuffix */
	DT_NODE_STRING,  /* string literal: dn_string (escapes already decoded) */
	DT_NODE_IDENT,   /* identifier: dn_name; dn_scope says self->/this->/`/$ */
	DT_NODE_OP1,     /* unary operator dn_op applied to dn_left */
	DT_NODE_OP2,     /* binary operator dn_op: dn_left dn_op dn_right */
	DT_NODE_OP3,     /* dn_cond ? dn_left : dn_right */
	DT_NODE_CALL,    /* dn_name(dn_args): subroutine, action or aggregating function */
	DT_NODE_AGG,     /* @dn_name or @dn_name[dn_args]; dn_name is "" for @ */
	DT_NODE_INDEX,   /* dn_left[dn_args]: associative array or array/pointer index */
	DT_NODE_MEMBER,  /* dn_left . dn_name or dn_left -> dn_name (dn_op DT_TOK_DOT/PTR) */
	DT_NODE_CAST,    /* (dn_decl) dn_left */
	DT_NODE_SIZEOF,  /* sizeof(dn_decl) if dn_decl != NULL, else sizeof dn_left */
	DT_NODE_OFFSETOF,/* offsetof(dn_decl, dn_name) */
	DT_NODE_STRINGOF,/* stringof dn_left */
	DT_NODE_XLATE,   /* xlate <dn_decl> (dn_left) */

	/* statements (bodies of clauses) */
	DT_NODE_EXPR,    /* expression statement: dn_left (NULL for an empty ';') */
	DT_NODE_BLOCK,   /* { dn_body } */
	DT_NODE_IF,      /* if (dn_cond) dn_body else dn_else (D extension) */
	DT_NODE_WHILE,   /* while (dn_cond) dn_body (D extension) */
	DT_NODE_FOR,     /* for (dn_init; dn_cond; dn_step) dn_body (D extension) */
	DT_NODE_BREAK,   /* break; */
	DT_NODE_CONTINUE,/* continue; */

	/* top level */
	DT_NODE_PDESC,   /* probe description: dn_name is the text as written */
	DT_NODE_CLAUSE,  /* dn_pdescs (list of PDESC), dn_pred (or NULL), dn_body */
	DT_NODE_DECL,    /* declaration: dn_decl, dn_name, dn_dstorage; dn_left = init */
	DT_NODE_INLINE,  /* inline dn_decl dn_name = dn_left; */
	DT_NODE_XLATOR,  /* translator dn_decl < dn_xlfrom dn_name > { dn_members } */
	DT_NODE_MEMBERINIT, /* translator member: dn_name = dn_left; */
	DT_NODE_ENUMERATOR, /* enum member: dn_name [= dn_left] */
	DT_NODE_PROVIDER,/* provider dn_name { dn_members: DT_NODE_DECL of probes } */
	DT_NODE_BOUND,   /* a translator's input, bound to dn_left (shared, not
	                    copied; made by dt_node_clone, never parsed) */
	DT_NODE_PROG,    /* the whole program: dn_list of top-level nodes in dn_body */
} dt_node_kind_t;

/*
 * Tokens double as operator codes in DT_NODE_OP1/OP2 (dn_op).  Assignment
 * operators are binary operators; the semantic pass checks the left side is
 * an lvalue.  Unary plus/minus/deref/address-of have their own codes so the
 * tree is unambiguous.
 */
typedef enum dt_token {
	DT_TOK_EOF = 0,
	/* punctuation and operators */
	DT_TOK_COMMA, DT_TOK_ASGN, DT_TOK_ADD_EQ, DT_TOK_SUB_EQ, DT_TOK_MUL_EQ,
	DT_TOK_DIV_EQ, DT_TOK_MOD_EQ, DT_TOK_AND_EQ, DT_TOK_XOR_EQ, DT_TOK_OR_EQ,
	DT_TOK_LSH_EQ, DT_TOK_RSH_EQ, DT_TOK_QUESTION, DT_TOK_COLON,
	DT_TOK_LOR, DT_TOK_LXOR, DT_TOK_LAND, DT_TOK_BOR, DT_TOK_XOR, DT_TOK_BAND,
	DT_TOK_EQU, DT_TOK_NEQ, DT_TOK_LT, DT_TOK_LE, DT_TOK_GT, DT_TOK_GE,
	DT_TOK_LSH, DT_TOK_RSH, DT_TOK_ADD, DT_TOK_SUB, DT_TOK_MUL, DT_TOK_DIV,
	DT_TOK_MOD, DT_TOK_LNEG, DT_TOK_BNEG, DT_TOK_ADDADD, DT_TOK_SUBSUB,
	DT_TOK_LPAR, DT_TOK_RPAR, DT_TOK_LBRAC, DT_TOK_RBRAC, DT_TOK_LBRACE,
	DT_TOK_RBRACE, DT_TOK_DOT, DT_TOK_PTR, DT_TOK_SEMI, DT_TOK_AT,
	DT_TOK_ELLIPSIS, DT_TOK_BACKQUOTE,
	/* unary-only operator codes used in dn_op (never produced by the lexer) */
	DT_TOK_IPOS,     /* unary + */
	DT_TOK_INEG,     /* unary - */
	DT_TOK_DEREF,    /* unary * */
	DT_TOK_ADDROF,   /* unary & */
	DT_TOK_PREINC, DT_TOK_PREDEC, DT_TOK_POSTINC, DT_TOK_POSTDEC,
	/* literals and names */
	DT_TOK_INT, DT_TOK_STRING, DT_TOK_IDENT, DT_TOK_AGG, DT_TOK_TNAME,
	DT_TOK_PSPEC,    /* a probe specifier word at the top level */
	DT_TOK_PREDSTART,/* the '/' that opens a predicate */
	DT_TOK_PREDEND,  /* the '/' that closes a predicate */
	/* keywords */
	DT_KEY_AUTO, DT_KEY_BREAK, DT_KEY_CASE, DT_KEY_CHAR, DT_KEY_CONST,
	DT_KEY_CONTINUE, DT_KEY_COUNTER, DT_KEY_DEFAULT, DT_KEY_DO, DT_KEY_DOUBLE,
	DT_KEY_ELSE, DT_KEY_ENUM, DT_KEY_EXTERN, DT_KEY_FLOAT, DT_KEY_FOR,
	DT_KEY_GOTO, DT_KEY_IF, DT_KEY_IMPORT, DT_KEY_INLINE, DT_KEY_INT,
	DT_KEY_LONG, DT_KEY_OFFSETOF, DT_KEY_PROBE, DT_KEY_PROVIDER,
	DT_KEY_REGISTER, DT_KEY_RESTRICT, DT_KEY_RETURN, DT_KEY_SELF,
	DT_KEY_SHORT, DT_KEY_SIGNED, DT_KEY_SIZEOF, DT_KEY_STATIC, DT_KEY_STRING,
	DT_KEY_STRINGOF, DT_KEY_STRUCT, DT_KEY_SWITCH, DT_KEY_THIS,
	DT_KEY_TRANSLATOR, DT_KEY_TYPEDEF, DT_KEY_UNION, DT_KEY_UNSIGNED,
	DT_KEY_USERLAND, DT_KEY_VOID, DT_KEY_VOLATILE, DT_KEY_WHILE, DT_KEY_XLATE,
	DT_TOK_MAX
} dt_token_t;

/* Where an identifier was written (DT_NODE_IDENT dn_scope). */
typedef enum dt_scope {
	DT_SCOPE_NONE,    /* plain name: global, builtin, inline, enum, ... */
	DT_SCOPE_SELF,    /* self->name */
	DT_SCOPE_THIS,    /* this->name */
	DT_SCOPE_KERNEL,  /* `name or mod`name (dn_module holds mod or NULL) */
	DT_SCOPE_MACRO,   /* $name / $N: dn_name is "1", "pid", "target" ... */
	DT_SCOPE_MACROSTR,/* $$N: the macro argument as a string */
} dt_scope_t;

/* Integer literal suffix bits (DT_NODE_INT dn_intsuffix). */
#define DT_INT_U     0x1 /* u or U */
#define DT_INT_L     0x2 /* l or L */
#define DT_INT_LL    0x4 /* ll or LL */
#define DT_INT_CHAR  0x8 /* character constant 'c' */
#define DT_INT_DEC   0x10 /* written in decimal (affects type choice) */

/* Declaration storage (DT_NODE_DECL dn_dstorage). */
typedef enum dt_storage {
	DT_DS_NONE, DT_DS_SELF, DT_DS_THIS, DT_DS_TYPEDEF, DT_DS_EXTERN,
	DT_DS_STATIC, DT_DS_REGISTER, DT_DS_AUTO,
} dt_storage_t;

/*
 * A parsed type: declaration specifiers plus declarator.  Built by the parser
 * for casts, sizeof, declarations, typedefs and translators; resolved to a
 * struct dt_type by sema/dt_types.c.  A declarator wraps its base: for
 * "char *a[4]" the chain is ARRAY(4) -> PTR -> BASE(char).
 */
typedef enum dt_decl_kind {
	DT_DK_BASE,    /* dd_name: "int" "char" "void" "string" "float" "double" */
	DT_DK_TYPEDEF, /* dd_name is a typedef name (dd_module if `-qualified) */
	DT_DK_STRUCT,  /* struct dd_name [{ dd_members }] */
	DT_DK_UNION,   /* union dd_name [{ dd_members }] */
	DT_DK_ENUM,    /* enum dd_name [{ dd_members: DT_NODE_ENUMERATOR list }] */
	DT_DK_PTR,     /* pointer to dd_next */
	DT_DK_ARRAY,   /* array of dd_next; dd_dim: list of dimension/key nodes */
	DT_DK_FUNC,    /* function returning dd_next; dd_params: DT_NODE_DECL list */
} dt_decl_kind_t;

#define DT_DA_SIGNED   0x01
#define DT_DA_UNSIGNED 0x02
#define DT_DA_SHORT    0x04
#define DT_DA_LONG     0x08
#define DT_DA_LONGLONG 0x10
#define DT_DA_CONST    0x20
#define DT_DA_VOLATILE 0x40
#define DT_DA_RESTRICT 0x80
#define DT_DA_USER     0x100 /* 'userland' qualifier */

typedef struct dt_node dt_node_t;

typedef struct dt_decl {
	dt_decl_kind_t dd_kind;
	int dd_attr;                /* DT_DA_* bits */
	char *dd_name;              /* base/typedef/tag name, NULL if anonymous */
	char *dd_module;            /* `module prefix (e.g. "vmlinux"), or NULL */
	struct dt_decl *dd_next;    /* PTR/ARRAY/FUNC: the type wrapped */
	dt_node_t *dd_dim;          /* ARRAY: dimension expr, or list of key decls */
	dt_node_t *dd_members;      /* STRUCT/UNION: DT_NODE_DECL list (dn_bits),
	                               ENUM: DT_NODE_ENUMERATOR list */
	dt_node_t *dd_params;       /* FUNC: parameter DT_NODE_DECL list */
	int dd_defined;             /* STRUCT/UNION/ENUM: a body was given */
	int dd_line;
} dt_decl_t;

struct dt_node {
	dt_node_kind_t dn_kind;
	int dn_line;                /* source line where this node starts */
	dt_token_t dn_op;           /* operator for OP1/OP2/MEMBER */
	dt_scope_t dn_scope;        /* IDENT: how it was written */
	char *dn_name;              /* IDENT/CALL/AGG/MEMBER/PDESC/DECL/... */
	char *dn_module;            /* IDENT with DT_SCOPE_KERNEL: module or NULL */
	char *dn_string;            /* STRING literal contents (NUL-terminated) */
	size_t dn_strlen;           /* STRING: length excluding the NUL */
	uint64_t dn_value;          /* INT value */
	int dn_intsuffix;           /* INT: DT_INT_* bits */
	dt_node_t *dn_left;         /* operand / expression / initializer */
	dt_node_t *dn_right;        /* second operand */
	dt_node_t *dn_cond;         /* OP3, IF, WHILE, FOR condition */
	dt_node_t *dn_args;         /* CALL/AGG/INDEX argument list */
	dt_node_t *dn_body;         /* CLAUSE/BLOCK/IF/WHILE/FOR/PROG body list */
	dt_node_t *dn_else;         /* IF else branch (or NULL) */
	dt_node_t *dn_init;         /* FOR init */
	dt_node_t *dn_step;         /* FOR step */
	dt_node_t *dn_pdescs;       /* CLAUSE: probe description list */
	dt_node_t *dn_pred;         /* CLAUSE: predicate or NULL */
	dt_node_t *dn_members;      /* XLATOR/PROVIDER members */
	dt_decl_t *dn_decl;         /* DECL/CAST/SIZEOF/OFFSETOF/XLATE/INLINE type */
	dt_decl_t *dn_xlfrom;       /* XLATOR: input type */
	dt_storage_t dn_dstorage;   /* DECL storage class */
	int dn_bits;                /* DECL in a struct: bit-field width, or 0 */
	dt_node_t *dn_list;         /* next node in the enclosing list */

	/* filled in by the semantic pass */
	struct dt_type *dn_type;    /* type of an expression */
	struct dt_ident *dn_ident;  /* resolved identifier / function / agg */
	int dn_flags;               /* DT_NF_* bits (sema) */
	int64_t dn_aux;             /* stage-private scratch (e.g. clause index) */
	void *dn_cg;                /* code generator private data */
};

/* Node allocation and list helpers (dt_node.c).  Nodes are owned by the
 * compile's arena and freed all at once with dt_arena_destroy(). */
typedef struct dt_arena dt_arena_t;
dt_node_t *dt_node_new(dt_arena_t *, dt_node_kind_t, int line);
/* a deep copy of expression n in which each plain identifier 'var' is
 * replaced by a DT_NODE_BOUND node referring to 'with' */
dt_node_t *dt_node_clone(dt_arena_t *, const dt_node_t *n, const char *var,
    const dt_node_t *with);
dt_decl_t *dt_decl_new(dt_arena_t *, dt_decl_kind_t, int line);
char *dt_arena_strdup(dt_arena_t *, const char *);
char *dt_arena_strndup(dt_arena_t *, const char *, size_t);
void *dt_arena_alloc(dt_arena_t *, size_t);
dt_arena_t *dt_arena_create(void);
void dt_arena_destroy(dt_arena_t *);
dt_node_t *dt_node_append(dt_node_t *list, dt_node_t *n); /* returns head */
int dt_node_count(const dt_node_t *list);
const char *dt_token_name(dt_token_t);   /* "+", "->", "sizeof", ... */
int dt_token_is_asgn(dt_token_t);        /* = += -= ... >>= */
dt_token_t dt_token_asgn_op(dt_token_t); /* += gives +; others as is */
const char *dt_node_kind_name(dt_node_kind_t);
void dt_node_dump(const dt_node_t *, int indent, void *FILE_out); /* debug */

#endif /* DT_AST_H */
