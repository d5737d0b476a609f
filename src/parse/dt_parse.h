/*
 * dt_parse.h -- the D front end: lexer (dt_lex.c) and parser (dt_parse.c).
 *
 * Input: the text of one D program (a -n argument or a script file, already
 * run through cpp(1) when -C is given).  Output: a DT_NODE_PROG tree, or a
 * compile error delivered by dt_cerror(), which longjmps to pcb_jmp.
 *
 * The front end knows nothing of types beyond names: to tell a cast
 * "(foo)x" from a parenthesised expression it asks pcb_istype() whether an
 * identifier names a type, and it remembers the typedefs the program itself
 * declares.  "#pragma D ..." lines are handed to pcb_pragma() as words.
 */
#ifndef DT_PARSE_H
#define DT_PARSE_H

#include <setjmp.h>
#include <stdarg.h>
#include "dt_ast.h"
#include "../lib/dt_errtags.h"

#define DT_C_PSPEC 0x1 /* input came from -n/-P/-m/-f: may be a bare probe list */
#define DT_C_FILE  0x2 /* input came from a file (-s) */

typedef struct dt_pcb dt_pcb_t;

struct dt_pcb {
	const char *pcb_text;        /* program text, NUL-terminated */
	size_t pcb_len;
	const char *pcb_filename;    /* script file name, or NULL for -n */
	int pcb_cflags;              /* DT_C_* */
	dt_arena_t *pcb_arena;       /* all nodes and strings live here */
	jmp_buf pcb_jmp;             /* dt_cerror() longjmps here with 1 */

	/* set by dt_cerror() */
	dt_errtag_t pcb_errtag;
	int pcb_errline;
	char pcb_errmsg[1024];

	/* hooks supplied by the caller (may be NULL) */
	void *pcb_arg;
	int (*pcb_istype)(void *arg, const char *name);
	/* asked only where a name looks like a cast's type, "(name)" or
	 * "(name *": is it a kernel typedef (u64)?  Costlier than pcb_istype,
	 * as it reads the kernel's types. */
	int (*pcb_iskerntype)(void *arg, const char *name);
	/* "#pragma D option x=y" arrives as argc=3, argv={"option","x=y"...}:
	 * argv[0] is the word after "D"; returns 0 or calls dt_cerror. */
	void (*pcb_pragma)(dt_pcb_t *, int line, int argc, char **argv);

	/* private to the front end */
	void *pcb_lex;               /* lexer state */
	char **pcb_typedefs;         /* typedef names declared in the program */
	int pcb_ntypedefs;

	/* set by the semantic pass: "predicate" or "action list", used to
	 * locate errors in -n programs, which have no line numbers */
	const char *pcb_region;
};

/* Parse pcb_text; returns the DT_NODE_PROG or longjmps through dt_cerror. */
dt_node_t *dt_parse_program(dt_pcb_t *);

/* Record a compile error and longjmp to pcb->pcb_jmp. */
__attribute__((noreturn, format(printf, 4, 5)))
void dt_cerror(dt_pcb_t *, int line, dt_errtag_t tag, const char *fmt, ...);

#endif /* DT_PARSE_H */
