/*
 * dt_lex.h -- the interface between the D lexer (dt_lex.c) and the parser
 * (dt_parse.c).  Private to src/parse.
 *
 * The lexer turns pcb_text into tokens on demand, with up to two tokens of
 * lookahead.  Two things about D cannot be decided from the characters
 * alone, so the parser steers the lexer:
 *
 *  - the mode: at the start of a top-level item (DT_LEX_TOP) a word such as
 *    "syscall::read:entry" or "tick-1s" is one probe-specifier token and '/'
 *    opens a predicate; everywhere else (DT_LEX_EXPR) the C-like tokens
 *    apply.  In DT_LEX_TOP a word that starts a declaration (a declaration
 *    keyword or a type name) is lexed as usual instead.
 *  - the predicate: while a predicate is being parsed, a '/' outside any
 *    parentheses or brackets that is followed by '{', ';' or the end of the
 *    input is the closing '/' (DT_TOK_PREDEND), any other '/' divides.
 *
 * A mode change applies to tokens not yet lexed; the parser changes modes
 * only when the lookahead holds no token lexed under the old mode that it
 * still needs.
 *
 * The lexer also consumes comments, "#pragma D" and other control lines
 * (handing pragma words to pcb_pragma) and cpp line markers.  Errors go
 * through dt_cerror().
 */
#ifndef DT_LEX_H
#define DT_LEX_H

#include "dt_parse.h"

typedef enum dt_lex_mode {
	DT_LEX_TOP,	/* start of a top-level item: probe specifiers */
	DT_LEX_EXPR,	/* declarations, predicates and clause bodies */
} dt_lex_mode_t;

typedef struct dt_lextok {
	dt_token_t lt_tok;
	int lt_line;		/* line the token starts on */
	const char *lt_text;	/* the token as written (not NUL-terminated) */
	size_t lt_len;		/* length of lt_text; 0 at end of input */
	char *lt_str;		/* IDENT/AGG/PSPEC: name; STRING: decoded */
	size_t lt_strlen;	/* STRING: length excluding the NUL */
	char *lt_module;	/* IDENT in DT_SCOPE_KERNEL: "mod" of mod`x */
	dt_scope_t lt_scope;	/* IDENT: NONE, KERNEL, MACRO or MACROSTR */
	uint64_t lt_value;	/* INT: value */
	int lt_suffix;		/* INT: DT_INT_* bits */
} dt_lextok_t;

/* Set up pcb->pcb_lex for pcb_text; allocates from pcb->pcb_arena. */
void dt_lex_init(dt_pcb_t *);

/* The token k (0 or 1) places ahead, lexing it if necessary. */
const dt_lextok_t *dt_lex_peek(dt_pcb_t *, int k);

/* Drop the current token (the one dt_lex_peek(pcb, 0) returns). */
void dt_lex_next(dt_pcb_t *);

void dt_lex_setmode(dt_pcb_t *, dt_lex_mode_t);

/* Enter (on != 0) or leave predicate lexing; see above. */
void dt_lex_predicate(dt_pcb_t *, int on);

/* Report "syntax error near <token>" at the token's line. */
__attribute__((noreturn))
void dt_lex_syntax_error(dt_pcb_t *, const dt_lextok_t *);

/* Keywords: the token for a name, or DT_TOK_IDENT if it is not one. */
dt_token_t dt_lex_keyword(const char *name, size_t len);

/*
 * Is name[0..len) a type name?  True for the program's own typedefs
 * (pcb_typedefs) and whatever pcb_istype accepts; a `-qualified name is
 * asked about as written, e.g. "vmlinux`task_struct_t".
 */
int dt_lex_istype(dt_pcb_t *, const char *name, size_t len);

#endif /* DT_LEX_H */
