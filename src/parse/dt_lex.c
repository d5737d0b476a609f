/*
 * dt_lex.c -- the hand-written lexer of the D language.
 *
 * Input: pcb_text/pcb_len (any bytes, NUL bytes included: the end is
 * pcb_len, not the first NUL).  Output: dt_lextok_t tokens on demand through
 * dt_lex_peek()/dt_lex_next(), strings and names copied into pcb_arena.
 * Errors are reported with dt_cerror(), which does not return.
 *
 * What the lexer does besides cutting tokens (see dt_lex.h for the parser's
 * side of the contract):
 *
 *  - skips white space, backslash-newline, comments (slash-star and
 *    double-slash) and control lines.  A control line is a line whose first
 *    non-blank character is '#': "#!" interpreter lines are ignored,
 *    "# N ..." and "#line N ..." cpp line markers set the number of the next
 *    line, "#pragma D w1 w2 ..." hands its words to pcb_pragma, other
 *    #pragmas and #ident are ignored, #error fails, anything else is an
 *    invalid control directive;
 *  - in DT_LEX_TOP mode reads a probe-specifier word (characters
 *    [-a-zA-Z0-9_.*?[]!$:`+\]) as one DT_TOK_PSPEC token, unless the word is
 *    a declaration keyword or a type name, possibly followed by '*'
 *    ("int*x"), and has no ':' -- as in illumos, a ':' always makes a probe
 *    description;
 *  - decides whether a '/' closes a predicate (DT_TOK_PREDEND), by looking
 *    at the next significant character;
 *  - keeps counts of open ( [ { to report "extra ) in input stream" and
 *    "closing ) expected in predicate before /" the way DTrace does;
 *  - decodes literals: integers (decimal, octal, hex, with u/l/ll suffixes),
 *    character constants (packed big-endian like illumos: 'ab' == 0x6162)
 *    and strings (C escapes; a string may contain NUL bytes, so its length
 *    is returned separately).  Adjacent strings are not concatenated.
 *
 * Identifiers: a plain name is DT_TOK_IDENT (or a keyword token) with
 * DT_SCOPE_NONE; `name and mod`name are DT_TOK_IDENT with DT_SCOPE_KERNEL;
 * $name / $N are DT_SCOPE_MACRO and $$N / $$name DT_SCOPE_MACROSTR, with
 * lt_str the part after the dollars.  Whether a name is a type is for the
 * parser to ask (dt_lex_istype); the lexer only needs it in DT_LEX_TOP.
 *
 * All state lives in the dt_lexer_t hanging off pcb->pcb_lex.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dt_lex.h"

#define DT_LEX_EOF	(-1)
#define DT_LEX_SHOWMAX	64	/* token characters shown in an error */

typedef struct dt_lexer {
	const char *lx_pos;		/* next character to read */
	const char *lx_end;		/* end of the program text */
	int lx_line;			/* line of lx_pos */
	int lx_bol;			/* only blanks since the last newline */
	dt_lex_mode_t lx_mode;
	int lx_inpred;			/* lexing a predicate */
	int lx_pred_parens;		/* lx_parens when the predicate began */
	int lx_pred_brackets;		/* lx_brackets when it began */
	int lx_parens;			/* open ( so far */
	int lx_brackets;		/* open [ so far */
	int lx_braces;			/* open { so far */
	dt_lextok_t lx_ahead[2];	/* lookahead tokens, [0] is current */
	int lx_nahead;			/* how many of lx_ahead are valid */
} dt_lexer_t;

static const struct dt_keyword {
	const char *kw_name;
	dt_token_t kw_tok;
} dt_keywords[] = {
	{ "auto", DT_KEY_AUTO }, { "break", DT_KEY_BREAK },
	{ "case", DT_KEY_CASE }, { "char", DT_KEY_CHAR },
	{ "const", DT_KEY_CONST }, { "continue", DT_KEY_CONTINUE },
	{ "counter", DT_KEY_COUNTER }, { "default", DT_KEY_DEFAULT },
	{ "do", DT_KEY_DO }, { "double", DT_KEY_DOUBLE },
	{ "else", DT_KEY_ELSE }, { "enum", DT_KEY_ENUM },
	{ "extern", DT_KEY_EXTERN }, { "float", DT_KEY_FLOAT },
	{ "for", DT_KEY_FOR }, { "goto", DT_KEY_GOTO }, { "if", DT_KEY_IF },
	{ "import", DT_KEY_IMPORT }, { "inline", DT_KEY_INLINE },
	{ "int", DT_KEY_INT }, { "long", DT_KEY_LONG },
	{ "offsetof", DT_KEY_OFFSETOF }, { "probe", DT_KEY_PROBE },
	{ "provider", DT_KEY_PROVIDER }, { "register", DT_KEY_REGISTER },
	{ "restrict", DT_KEY_RESTRICT }, { "return", DT_KEY_RETURN },
	{ "self", DT_KEY_SELF }, { "short", DT_KEY_SHORT },
	{ "signed", DT_KEY_SIGNED }, { "sizeof", DT_KEY_SIZEOF },
	{ "static", DT_KEY_STATIC }, { "string", DT_KEY_STRING },
	{ "stringof", DT_KEY_STRINGOF }, { "struct", DT_KEY_STRUCT },
	{ "switch", DT_KEY_SWITCH }, { "this", DT_KEY_THIS },
	{ "translator", DT_KEY_TRANSLATOR }, { "typedef", DT_KEY_TYPEDEF },
	{ "union", DT_KEY_UNION }, { "unsigned", DT_KEY_UNSIGNED },
	{ "userland", DT_KEY_USERLAND }, { "void", DT_KEY_VOID },
	{ "volatile", DT_KEY_VOLATILE }, { "while", DT_KEY_WHILE },
	{ "xlate", DT_KEY_XLATE },
};

/*
 * Character classes.  Hand-rolled rather than <ctype.h> so that the locale
 * cannot change what D accepts and bytes >= 0x80 are never letters.
 */
static int
dt_lex_isdigit(int c)
{
	return c >= '0' && c <= '9';
}

static int
dt_lex_isxdigit(int c)
{
	return dt_lex_isdigit(c) || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F');
}

static int
dt_lex_isidstart(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int
dt_lex_isident(int c)
{
	return dt_lex_isidstart(c) || dt_lex_isdigit(c);
}

/* Blanks other than newline (which counts lines and ends control lines). */
static int
dt_lex_isblank(int c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r';
}

static int
dt_lex_ispspec(int c)
{
	return dt_lex_isident(c) || (c != '\0' && c != DT_LEX_EOF &&
	    strchr("-.*?[]!$:`+\\", c) != NULL);
}

static int
dt_lex_xdigit(int c)
{
	if (c <= '9')
		return c - '0';
	return (c | 0x20) - 'a' + 10;
}

static int
dt_lex_peekc(const dt_lexer_t *lx, size_t off)
{
	if ((size_t)(lx->lx_end - lx->lx_pos) <= off)
		return DT_LEX_EOF;
	return (unsigned char)lx->lx_pos[off];
}

static void *
dt_lex_alloc(dt_pcb_t *pcb, size_t size)
{
	void *p = dt_arena_alloc(pcb->pcb_arena, size);

	if (p == NULL) {
		dt_lexer_t *lx = pcb->pcb_lex;
		dt_cerror(pcb, lx != NULL ? lx->lx_line : 0, D_UNKNOWN,
		    "out of memory");
	}
	return p;
}

static char *
dt_lex_strndup(dt_pcb_t *pcb, const char *s, size_t n)
{
	char *p = dt_lex_alloc(pcb, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

dt_token_t
dt_lex_keyword(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof (dt_keywords) / sizeof (dt_keywords[0]); i++) {
		if (strncmp(dt_keywords[i].kw_name, name, len) == 0 &&
		    dt_keywords[i].kw_name[len] == '\0')
			return dt_keywords[i].kw_tok;
	}
	return DT_TOK_IDENT;
}

/* Keywords that begin a top-level declaration or definition. */
static int
dt_lex_isdeclkw(dt_token_t tok)
{
	switch (tok) {
	case DT_KEY_AUTO: case DT_KEY_CHAR: case DT_KEY_CONST:
	case DT_KEY_COUNTER: case DT_KEY_DOUBLE: case DT_KEY_ENUM:
	case DT_KEY_EXTERN: case DT_KEY_FLOAT: case DT_KEY_IMPORT:
	case DT_KEY_INLINE: case DT_KEY_INT: case DT_KEY_LONG:
	case DT_KEY_PROVIDER: case DT_KEY_REGISTER: case DT_KEY_RESTRICT:
	case DT_KEY_SELF: case DT_KEY_SHORT: case DT_KEY_SIGNED:
	case DT_KEY_STATIC: case DT_KEY_STRING: case DT_KEY_STRUCT:
	case DT_KEY_THIS: case DT_KEY_TRANSLATOR: case DT_KEY_TYPEDEF:
	case DT_KEY_UNION: case DT_KEY_UNSIGNED: case DT_KEY_USERLAND:
	case DT_KEY_VOID: case DT_KEY_VOLATILE:
		return 1;
	default:
		return 0;
	}
}

int
dt_lex_istype(dt_pcb_t *pcb, const char *name, size_t len)
{
	char buf[256];
	char *s;
	int i;

	if (memchr(name, '\0', len) != NULL)
		return 0;
	for (i = 0; i < pcb->pcb_ntypedefs; i++) {
		if (strncmp(pcb->pcb_typedefs[i], name, len) == 0 &&
		    pcb->pcb_typedefs[i][len] == '\0')
			return 1;
	}
	if (pcb->pcb_istype == NULL)
		return 0;

	/* The hook wants a C string; most names fit on the stack. */
	if (len < sizeof (buf)) {
		memcpy(buf, name, len);
		buf[len] = '\0';
		s = buf;
	} else
		s = dt_lex_strndup(pcb, name, len);
	return pcb->pcb_istype(pcb->pcb_arg, s) != 0;
}

/*
 * Show a token in an error message: printable characters as they are,
 * others as octal escapes, long tokens cut short with "...".
 */
static void
dt_lex_show(const char *s, size_t len, char *buf, size_t size)
{
	size_t i, n = 0;

	for (i = 0; i < len && n + 8 < size; i++) {
		unsigned char c = (unsigned char)s[i];

		if (i == DT_LEX_SHOWMAX) {
			memcpy(buf + n, "...", 3);
			n += 3;
			break;
		}
		if (c < 0x20 || c >= 0x7f)
			n += snprintf(buf + n, size - n, "\\%03o", c);
		else
			buf[n++] = c;
	}
	buf[n] = '\0';
}

void
dt_lex_syntax_error(dt_pcb_t *pcb, const dt_lextok_t *t)
{
	char buf[DT_LEX_SHOWMAX * 4 + 16];

	if (t->lt_tok == DT_TOK_EOF) {
		dt_cerror(pcb, t->lt_line, D_SYNTAX,
		    "syntax error near end of input");
	}
	dt_lex_show(t->lt_text, t->lt_len, buf, sizeof (buf));
	dt_cerror(pcb, t->lt_line, D_SYNTAX, "syntax error near \"%s\"", buf);
}

/* Report a character no token can start with. */
__attribute__((noreturn))
static void
dt_lex_badchar(dt_pcb_t *pcb, dt_lexer_t *lx)
{
	dt_lextok_t t = {
		.lt_tok = DT_TOK_MAX, .lt_line = lx->lx_line,
		.lt_text = lx->lx_pos, .lt_len = 1,
	};

	dt_lex_syntax_error(pcb, &t);
}

/*
 * Decode the C escapes of s[0..len) into out (which has room for len + 1
 * bytes: decoding never lengthens).  Returns the decoded length.  The text
 * was already checked to hold no raw newline and no trailing backslash.
 */
static size_t
dt_lex_unescape(const char *s, size_t len, char *out)
{
	const char *e = s + len;
	size_t n = 0;
	int c, v, i;

	while (s < e) {
		if ((c = (unsigned char)*s++) != '\\') {
			out[n++] = (char)c;
			continue;
		}
		c = (unsigned char)*s++;
		switch (c) {
		case 'n': out[n++] = '\n'; break;
		case 't': out[n++] = '\t'; break;
		case 'r': out[n++] = '\r'; break;
		case 'a': out[n++] = '\a'; break;
		case 'b': out[n++] = '\b'; break;
		case 'f': out[n++] = '\f'; break;
		case 'v': out[n++] = '\v'; break;
		case '0': case '1': case '2': case '3':
		case '4': case '5': case '6': case '7':
			v = c - '0';
			for (i = 1; i < 3 && s < e && *s >= '0' && *s <= '7';
			    i++)
				v = v * 8 + (*s++ - '0');
			out[n++] = (char)v;
			break;
		case 'x':
			if (s == e || !dt_lex_isxdigit((unsigned char)*s)) {
				out[n++] = 'x';	/* "\x" alone: keep the x */
				break;
			}
			v = 0;
			for (i = 0; i < 2 && s < e &&
			    dt_lex_isxdigit((unsigned char)*s); i++)
				v = v * 16 + dt_lex_xdigit((unsigned char)*s++);
			out[n++] = (char)v;
			break;
		default:
			out[n++] = (char)c;	/* \\ \" \' \? and the rest */
			break;
		}
	}
	out[n] = '\0';
	return n;
}

/*
 * Read a quoted literal whose opening quote q is at lx_pos.  Returns the
 * decoded text in the arena (NUL-terminated; *lenp excludes the NUL) and
 * leaves lx_pos after the closing quote.  *rawlenp gets the number of
 * characters between the quotes.
 */
static char *
dt_lex_quoted(dt_pcb_t *pcb, dt_lexer_t *lx, size_t *lenp, size_t *rawlenp)
{
	int q = *lx->lx_pos;
	const char *s = lx->lx_pos + 1, *p = s;
	const char *what = q == '"' ? "string literal" : "character constant";
	dt_errtag_t tag = q == '"' ? D_STR_NL : D_CHR_NL;
	char *out;

	for (;;) {
		if (p == lx->lx_end) {
			dt_cerror(pcb, lx->lx_line, tag,
			    "end-of-file encountered in %s", what);
		}
		if (*p == '\n')
			dt_cerror(pcb, lx->lx_line, tag,
			    "newline encountered in %s", what);
		if (*p == q)
			break;
		if (*p == '\\' && p + 1 < lx->lx_end && p[1] != '\n')
			p++;	/* skip the escaped character */
		p++;
	}

	out = dt_lex_alloc(pcb, (size_t)(p - s) + 1);
	*lenp = dt_lex_unescape(s, (size_t)(p - s), out);
	*rawlenp = (size_t)(p - s);
	lx->lx_pos = p + 1;
	return out;
}

/* Skip a slash-star comment starting at lx_pos. */
static void
dt_lex_comment(dt_pcb_t *pcb, dt_lexer_t *lx)
{
	int line = lx->lx_line;
	int c;

	lx->lx_pos += 2;
	for (;;) {
		if ((c = dt_lex_peekc(lx, 0)) == DT_LEX_EOF) {
			dt_cerror(pcb, line, D_SYNTAX,
			    "end-of-file encountered before matching */");
		}
		if (c == '*' && dt_lex_peekc(lx, 1) == '/') {
			lx->lx_pos += 2;
			return;
		}
		if (c == '/' && dt_lex_peekc(lx, 1) == '*') {
			dt_cerror(pcb, lx->lx_line, D_SYNTAX,
			    "/* encountered inside a comment");
		}
		if (c == '\n')
			lx->lx_line++;
		lx->lx_pos++;
	}
}

static int
dt_lex_isnumber(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++) {
		if (!dt_lex_isdigit((unsigned char)*s))
			return 0;
	}
	return 1;
}

/*
 * "# N ["file" [flags...]]" or "#line N ["file"]": the line after the
 * marker is line N.  (The file name is not tracked: errors are reported
 * against the script being compiled.)
 */
static void
dt_lex_linemarker(dt_pcb_t *pcb, dt_lexer_t *lx, int line,
    int argc, char **argv, const int *quoted)
{
	unsigned long n;
	int i;

	for (i = 0; i < argc; i++) {
		if (i == 1 ? !quoted[i] :
		    quoted[i] || !dt_lex_isnumber(argv[i]))
			break;
	}
	n = argc > 0 && i == argc ? strtoul(argv[0], NULL, 10) : ULONG_MAX;
	if (n > INT_MAX) {
		dt_cerror(pcb, line, D_PRAGMA_MALFORM,
		    "malformed #line <line> [ [\"file\"] state ]");
	}
	lx->lx_line = (int)n;
}

/* Directives that only make sense to cpp, i.e. the user forgot -C. */
static int
dt_lex_iscpp(const char *name)
{
	static const char *const cpp[] = {
		"include", "include_next", "define", "undef", "if", "ifdef",
		"ifndef", "elif", "else", "endif", "warning",
	};
	size_t i;

	for (i = 0; i < sizeof (cpp) / sizeof (cpp[0]); i++) {
		if (strcmp(name, cpp[i]) == 0)
			return 1;
	}
	return 0;
}

__attribute__((noreturn))
static void
dt_lex_pragerr(dt_pcb_t *pcb, int line, int argc, char **argv)
{
	char msg[sizeof (pcb->pcb_errmsg)];
	size_t n = 0;
	int i;

	msg[0] = '\0';
	for (i = 0; i < argc && n < sizeof (msg); i++) {
		/* as DTrace: every word is followed by a space */
		n += snprintf(msg + n, sizeof (msg) - n, "%s ", argv[i]);
	}
	dt_cerror(pcb, line, D_PRAGERR, "#error: %s", msg);
}

/* Act on the words of one control line (argv[0] is the directive). */
static void
dt_lex_directive(dt_pcb_t *pcb, dt_lexer_t *lx, int line,
    int argc, char **argv, const int *quoted)
{
	const char *dir = argv[0];

	if (argc == 0)
		return;		/* a lone '#' is a null directive */
	if (!quoted[0] && dt_lex_isnumber(dir)) {
		dt_lex_linemarker(pcb, lx, line, argc, argv, quoted);
		return;
	}
	if (strcmp(dir, "line") == 0) {
		dt_lex_linemarker(pcb, lx, line, argc - 1, argv + 1,
		    quoted + 1);
		return;
	}
	if (strcmp(dir, "pragma") == 0) {
		if (argc < 2)
			return;
		if (strcmp(argv[1], "D") == 0) {
			/* argv[argc] is NULL, so argv + 2 is a proper vector */
			if (argc > 2 && pcb->pcb_pragma != NULL)
				pcb->pcb_pragma(pcb, line, argc - 2, argv + 2);
		} else if (strcmp(argv[1], "error") == 0) {
			dt_lex_pragerr(pcb, line, argc - 2, argv + 2);
		} else if (strcmp(argv[1], "line") == 0) {
			dt_lex_linemarker(pcb, lx, line, argc - 2, argv + 2,
			    quoted + 2);
		}
		return;		/* other pragmas are ignored, as in C */
	}
	if (strcmp(dir, "error") == 0)
		dt_lex_pragerr(pcb, line, argc - 1, argv + 1);
	if (strcmp(dir, "ident") == 0)
		return;
	if (dt_lex_iscpp(dir)) {
		dt_cerror(pcb, line, D_SYNTAX, "preprocessor directive #%s "
		    "requires -C (run the program through cpp)", dir);
	}
	dt_cerror(pcb, line, D_PRAGMA_INVAL,
	    "invalid control directive: #%s", dir);
}

/*
 * A control line: lx_pos is at the '#' that starts it.  Split the rest of
 * the line into words (a double-quoted string is one word, decoded), eat the
 * newline and act on the directive.
 */
static void
dt_lex_control(dt_pcb_t *pcb, dt_lexer_t *lx)
{
	int line = lx->lx_line;
	int argc = 0, cap = 8;
	char **argv;
	int *quoted;
	int c;

	lx->lx_pos++;
	if (dt_lex_peekc(lx, 0) == '!') {
		/* #! interpreter line */
		while ((c = dt_lex_peekc(lx, 0)) != DT_LEX_EOF && c != '\n')
			lx->lx_pos++;
		return;
	}

	argv = dt_lex_alloc(pcb, (cap + 1) * sizeof (char *));
	quoted = dt_lex_alloc(pcb, cap * sizeof (int));
	for (;;) {
		const char *s = lx->lx_pos;
		size_t len, rawlen;

		c = dt_lex_peekc(lx, 0);
		if (c == DT_LEX_EOF || c == '\n')
			break;
		if (dt_lex_isblank(c)) {
			lx->lx_pos++;
			continue;
		}
		if (argc == cap) {
			char **nargv = dt_lex_alloc(pcb,
			    (2 * cap + 1) * sizeof (char *));
			int *nquoted = dt_lex_alloc(pcb,
			    2 * cap * sizeof (int));

			memcpy(nargv, argv, cap * sizeof (char *));
			memcpy(nquoted, quoted, cap * sizeof (int));
			argv = nargv;
			quoted = nquoted;
			cap *= 2;
		}
		if (c == '"') {
			argv[argc] = dt_lex_quoted(pcb, lx, &len, &rawlen);
			quoted[argc++] = 1;
			continue;
		}
		while ((c = dt_lex_peekc(lx, 0)) != DT_LEX_EOF && c != '\n' &&
		    c != '"' && !dt_lex_isblank(c))
			lx->lx_pos++;
		argv[argc] = dt_lex_strndup(pcb, s, (size_t)(lx->lx_pos - s));
		quoted[argc++] = 0;
	}
	argv[argc] = NULL;

	if (c == '\n') {
		lx->lx_pos++;
		lx->lx_line++;
	}
	lx->lx_bol = 1;
	dt_lex_directive(pcb, lx, line, argc, argv, quoted);
}

/* Skip blanks, newlines, comments and control lines. */
static void
dt_lex_skip(dt_pcb_t *pcb, dt_lexer_t *lx)
{
	for (;;) {
		int c = dt_lex_peekc(lx, 0);
		int c1 = dt_lex_peekc(lx, 1);

		if (c == '\n') {
			lx->lx_pos++;
			lx->lx_line++;
			lx->lx_bol = 1;
		} else if (dt_lex_isblank(c)) {
			lx->lx_pos++;
		} else if (c == '\\' && c1 == '\n') {
			lx->lx_pos += 2;	/* line continuation */
			lx->lx_line++;
		} else if (c == '/' && c1 == '*') {
			dt_lex_comment(pcb, lx);
			lx->lx_bol = 0;
		} else if (c == '/' && c1 == '/') {
			while ((c = dt_lex_peekc(lx, 0)) != DT_LEX_EOF &&
			    c != '\n')
				lx->lx_pos++;
		} else if (c == '#' && lx->lx_bol) {
			dt_lex_control(pcb, lx);
		} else
			return;
	}
}

/*
 * The first significant character at or after p, without consuming
 * anything: used to decide what a '/' in a predicate means.
 */
static int
dt_lex_lookahead(const dt_lexer_t *lx, const char *p)
{
	const char *e = lx->lx_end;

	while (p < e) {
		if (*p == '\n' || dt_lex_isblank((unsigned char)*p)) {
			p++;
		} else if (*p == '\\' && p + 1 < e && p[1] == '\n') {
			p += 2;
		} else if (*p == '/' && p + 1 < e && p[1] == '*') {
			for (p += 2; p + 1 < e && (p[0] != '*' || p[1] != '/');)
				p++;
			if (p + 1 >= e)
				return DT_LEX_EOF;
			p += 2;
		} else if (*p == '/' && p + 1 < e && p[1] == '/') {
			while (p < e && *p != '\n')
				p++;
		} else
			return (unsigned char)*p;
	}
	return DT_LEX_EOF;
}

/*
 * In DT_LEX_TOP mode, the word at lx_pos: a probe specifier, or the start
 * of a declaration.  Returns 1 with t filled in for a probe specifier, 0 to
 * let the caller lex the word as ordinary tokens.
 */
static int
dt_lex_topword(dt_pcb_t *pcb, dt_lexer_t *lx, dt_lextok_t *t)
{
	const char *s = lx->lx_pos, *e = s, *base, *p;
	dt_token_t kw;

	while (e < lx->lx_end && dt_lex_ispspec((unsigned char)*e))
		e++;

	if (memchr(s, ':', (size_t)(e - s)) == NULL) {
		/* "int*x" and "uint64_t*p" declare; "vfs_*" is a glob */
		base = memchr(s, '*', (size_t)(e - s));
		if (base == NULL || base == s)
			base = e;
		for (p = s; p < base && dt_lex_isident((unsigned char)*p); p++)
			continue;
		if (p == base && p > s && dt_lex_isidstart((unsigned char)*s)) {
			kw = dt_lex_keyword(s, (size_t)(p - s));
			if (kw != DT_TOK_IDENT ? dt_lex_isdeclkw(kw) :
			    dt_lex_istype(pcb, s, (size_t)(p - s)))
				return 0;
		} else if (p > s && p < base && *p == '`' &&
		    dt_lex_isidstart((unsigned char)*s)) {
			/* mod`type_t at the start of a declaration */
			p++;
			while (p < base && dt_lex_isident((unsigned char)*p))
				p++;
			if (p == base && dt_lex_istype(pcb, s, (size_t)(p - s)))
				return 0;
		}
	}

	t->lt_tok = DT_TOK_PSPEC;
	t->lt_len = (size_t)(e - s);
	t->lt_str = dt_lex_strndup(pcb, s, t->lt_len);
	lx->lx_pos = e;
	return 1;
}

/* An identifier, keyword or mod`name at lx_pos. */
static void
dt_lex_ident(dt_pcb_t *pcb, dt_lexer_t *lx, dt_lextok_t *t)
{
	const char *s = lx->lx_pos, *p = s, *n;

	while (p < lx->lx_end && dt_lex_isident((unsigned char)*p))
		p++;
	if (p + 1 < lx->lx_end && *p == '`' &&
	    dt_lex_isidstart((unsigned char)p[1])) {
		for (n = p + 1; n < lx->lx_end &&
		    dt_lex_isident((unsigned char)*n);)
			n++;
		t->lt_tok = DT_TOK_IDENT;
		t->lt_scope = DT_SCOPE_KERNEL;
		t->lt_module = dt_lex_strndup(pcb, s, (size_t)(p - s));
		t->lt_str = dt_lex_strndup(pcb, p + 1, (size_t)(n - p - 1));
		lx->lx_pos = n;
		return;
	}
	t->lt_tok = dt_lex_keyword(s, (size_t)(p - s));
	t->lt_str = dt_lex_strndup(pcb, s, (size_t)(p - s));
	lx->lx_pos = p;
}

/*
 * `name, $name, $N, $$name, $$N: lx_pos is at the ` or $.  The name part
 * is an identifier or a run of digits.
 */
static void
dt_lex_scoped(dt_pcb_t *pcb, dt_lexer_t *lx, dt_lextok_t *t)
{
	const char *s = lx->lx_pos, *p;
	size_t skip;

	if (*s == '`') {
		skip = 1;
		t->lt_scope = DT_SCOPE_KERNEL;
	} else if (dt_lex_peekc(lx, 1) == '$') {
		skip = 2;
		t->lt_scope = DT_SCOPE_MACROSTR;
	} else {
		skip = 1;
		t->lt_scope = DT_SCOPE_MACRO;
	}

	p = s + skip;
	if (p < lx->lx_end && dt_lex_isdigit((unsigned char)*p) && *s == '$') {
		while (p < lx->lx_end && dt_lex_isdigit((unsigned char)*p))
			p++;
	} else if (p < lx->lx_end && dt_lex_isidstart((unsigned char)*p)) {
		while (p < lx->lx_end && dt_lex_isident((unsigned char)*p))
			p++;
	} else
		dt_lex_badchar(pcb, lx);

	t->lt_tok = DT_TOK_IDENT;
	t->lt_str = dt_lex_strndup(pcb, s + skip, (size_t)(p - s - skip));
	lx->lx_pos = p;
}

/*
 * An integer constant at lx_pos.  The whole "preprocessing number" (digits,
 * letters, '.', and a sign after a decimal exponent) is taken first so that
 * "09", "0x", "12ab" and "1.5" are reported as a whole.  As in illumos, the
 * digits are read the way strtoull(base 0) would and the rest must be a
 * u/l/ll suffix; anything else is an invalid digit.
 */
static void
dt_lex_number(dt_pcb_t *pcb, dt_lexer_t *lx, dt_lextok_t *t)
{
	const char *s = lx->lx_pos, *p = s, *e;
	int hex = s[0] == '0' && (dt_lex_peekc(lx, 1) | 0x20) == 'x';
	int base, ovf = 0, fp = 0, sfx = 0, d;
	uint64_t v = 0;

	for (e = s; e < lx->lx_end; e++) {
		int c = (unsigned char)*e;

		if (dt_lex_isident(c) || c == '.')
			continue;
		if ((c == '+' || c == '-') && e > s &&
		    ((e[-1] | 0x20) == (hex ? 'p' : 'e')))
			continue;
		break;
	}
	t->lt_len = (size_t)(e - s);

	/* Floating point: a '.', a decimal exponent, or a hex exponent. */
	if (memchr(s, '.', t->lt_len) != NULL)
		fp = 1;
	else if (hex)
		fp = memchr(s, 'p', t->lt_len) || memchr(s, 'P', t->lt_len);
	else {
		for (p = s; p < e && dt_lex_isdigit((unsigned char)*p); p++)
			continue;
		if (p < e && (*p | 0x20) == 'e') {
			p++;
			if (p < e && (*p == '+' || *p == '-'))
				p++;
			fp = p < e && dt_lex_isdigit((unsigned char)*p);
		}
	}
	if (fp) {
		dt_cerror(pcb, lx->lx_line, D_SYNTAX,
		    "floating-point constants are not permitted");
	}

	if (hex && e - s > 2 && dt_lex_isxdigit((unsigned char)s[2])) {
		base = 16;
		p = s + 2;
	} else if (s[0] == '0') {
		base = 8;
		p = s + 1;
	} else {
		base = 10;
		p = s;
	}
	for (; p < e; p++) {
		int c = (unsigned char)*p;

		if (!dt_lex_isxdigit(c) || (d = dt_lex_xdigit(c)) >= base)
			break;
		if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
			ovf = 1;
		v = v * (uint64_t)base + (uint64_t)d;
	}
	if (ovf) {
		dt_cerror(pcb, lx->lx_line, D_INT_OFLOW,
		    "constant %.*s results in integer overflow",
		    (int)t->lt_len, s);
	}

	/* Suffix: u and l/ll in either order, each at most once. */
	while (p < e) {
		if ((*p | 0x20) == 'u' && !(sfx & DT_INT_U)) {
			sfx |= DT_INT_U;
			p++;
		} else if ((*p | 0x20) == 'l' && !(sfx & (DT_INT_L |
		    DT_INT_LL))) {
			if (p + 1 < e && p[1] == p[0]) {
				sfx |= DT_INT_LL;
				p += 2;
			} else {
				sfx |= DT_INT_L;
				p++;
			}
		} else
			break;
	}
	if (p < e) {
		dt_cerror(pcb, lx->lx_line, D_INT_DIGIT,
		    "constant %.*s contains invalid digit %c",
		    (int)t->lt_len, s, *p);
	}

	/* an unsuffixed decimal constant is int, long or long long only */
	if (base == 10 && !(sfx & DT_INT_U) && v > (uint64_t)INT64_MAX)
		dt_cerror(pcb, lx->lx_line, D_INT_OFLOW, "integer constant "
		    "0x%llx cannot be represented in any built-in integral "
		    "type", (unsigned long long)v);
	t->lt_tok = DT_TOK_INT;
	t->lt_value = v;
	t->lt_suffix = sfx | (base == 10 ? DT_INT_DEC : 0);
	lx->lx_pos = e;
}

/* A character constant at lx_pos: up to 8 bytes, packed big-endian. */
static void
dt_lex_char(dt_pcb_t *pcb, dt_lexer_t *lx, dt_lextok_t *t)
{
	const char *s = lx->lx_pos;
	size_t len, rawlen, i;
	char *str = dt_lex_quoted(pcb, lx, &len, &rawlen);

	if (rawlen == 0) {
		dt_cerror(pcb, lx->lx_line, D_CHR_NULL,
		    "empty character constant");
	}
	if (len > sizeof (uint64_t)) {
		dt_cerror(pcb, lx->lx_line, D_CHR_OFLOW,
		    "character constant is too long");
	}
	t->lt_tok = DT_TOK_INT;
	for (i = 0; i < len; i++)
		t->lt_value = (t->lt_value << 8) | (unsigned char)str[i];
	/* illumos gives character constants the type rules of decimals */
	t->lt_suffix = DT_INT_CHAR | DT_INT_DEC;
	t->lt_len = (size_t)(lx->lx_pos - s);
}

/* Punctuation and operators, longest match first. */
static const struct dt_lexop {
	const char *op_text;
	dt_token_t op_tok;
} dt_lexops[] = {
	{ "<<=", DT_TOK_LSH_EQ }, { ">>=", DT_TOK_RSH_EQ },
	{ "...", DT_TOK_ELLIPSIS },
	{ "->", DT_TOK_PTR }, { "++", DT_TOK_ADDADD }, { "--", DT_TOK_SUBSUB },
	{ "<<", DT_TOK_LSH }, { ">>", DT_TOK_RSH }, { "<=", DT_TOK_LE },
	{ ">=", DT_TOK_GE }, { "==", DT_TOK_EQU }, { "!=", DT_TOK_NEQ },
	{ "&&", DT_TOK_LAND }, { "||", DT_TOK_LOR }, { "^^", DT_TOK_LXOR },
	{ "+=", DT_TOK_ADD_EQ }, { "-=", DT_TOK_SUB_EQ },
	{ "*=", DT_TOK_MUL_EQ }, { "/=", DT_TOK_DIV_EQ },
	{ "%=", DT_TOK_MOD_EQ }, { "&=", DT_TOK_AND_EQ },
	{ "^=", DT_TOK_XOR_EQ }, { "|=", DT_TOK_OR_EQ },
	{ ",", DT_TOK_COMMA }, { "=", DT_TOK_ASGN }, { "?", DT_TOK_QUESTION },
	{ ":", DT_TOK_COLON }, { "|", DT_TOK_BOR }, { "^", DT_TOK_XOR },
	{ "&", DT_TOK_BAND }, { "<", DT_TOK_LT }, { ">", DT_TOK_GT },
	{ "+", DT_TOK_ADD }, { "-", DT_TOK_SUB }, { "*", DT_TOK_MUL },
	{ "/", DT_TOK_DIV }, { "%", DT_TOK_MOD }, { "!", DT_TOK_LNEG },
	{ "~", DT_TOK_BNEG }, { "(", DT_TOK_LPAR }, { ")", DT_TOK_RPAR },
	{ "[", DT_TOK_LBRAC }, { "]", DT_TOK_RBRAC }, { "{", DT_TOK_LBRACE },
	{ "}", DT_TOK_RBRACE }, { ".", DT_TOK_DOT }, { ";", DT_TOK_SEMI },
};

#define DT_LEX_NOPS	(sizeof (dt_lexops) / sizeof (dt_lexops[0]))

/*
 * Keep the ( [ { counts and check the closing ones.  At the top level (as
 * in DTrace) a stray closer is left to be a plain syntax error.
 */
static void
dt_lex_nesting(dt_pcb_t *pcb, dt_lexer_t *lx, dt_token_t tok)
{
	int expr = lx->lx_mode == DT_LEX_EXPR;

	switch (tok) {
	case DT_TOK_LPAR:
		lx->lx_parens++;
		break;
	case DT_TOK_RPAR:
		if (lx->lx_parens == 0 && expr)
			dt_cerror(pcb, lx->lx_line, D_SYNTAX,
			    "extra ) in input stream");
		if (lx->lx_parens > 0)
			lx->lx_parens--;
		break;
	case DT_TOK_LBRAC:
		lx->lx_brackets++;
		break;
	case DT_TOK_RBRAC:
		if (lx->lx_brackets == 0 && expr)
			dt_cerror(pcb, lx->lx_line, D_SYNTAX,
			    "extra ] in input stream");
		if (lx->lx_brackets > 0)
			lx->lx_brackets--;
		break;
	case DT_TOK_LBRACE:
		lx->lx_braces++;
		break;
	case DT_TOK_RBRACE:
		if (lx->lx_braces == 0 && expr)
			dt_cerror(pcb, lx->lx_line, D_SYNTAX,
			    "extra } in input stream");
		if (lx->lx_braces > 0)
			lx->lx_braces--;
		break;
	default:
		break;
	}
}

/* A '/' inside a predicate: the closing one, or a division? */
static dt_token_t
dt_lex_slash(dt_pcb_t *pcb, dt_lexer_t *lx)
{
	int c = dt_lex_lookahead(lx, lx->lx_pos + 1);

	if (c != DT_LEX_EOF && c != '{' && c != ';')
		return DT_TOK_DIV;
	if (lx->lx_parens > lx->lx_pred_parens) {
		dt_cerror(pcb, lx->lx_line, D_SYNTAX,
		    "closing ) expected in predicate before /");
	}
	if (lx->lx_brackets > lx->lx_pred_brackets) {
		dt_cerror(pcb, lx->lx_line, D_SYNTAX,
		    "closing ] expected in predicate before /");
	}
	return DT_TOK_PREDEND;
}

/* Lex one token into t. */
static void
dt_lex_scan(dt_pcb_t *pcb, dt_lexer_t *lx, dt_lextok_t *t)
{
	const struct dt_lexop *op;
	size_t i, n, rawlen;
	int c;

	memset(t, 0, sizeof (*t));
	dt_lex_skip(pcb, lx);
	lx->lx_bol = 0;
	t->lt_line = lx->lx_line;
	t->lt_text = lx->lx_pos;

	if ((c = dt_lex_peekc(lx, 0)) == DT_LEX_EOF) {
		t->lt_tok = DT_TOK_EOF;
		return;
	}

	if (lx->lx_mode == DT_LEX_TOP) {
		if (dt_lex_ispspec(c) && dt_lex_topword(pcb, lx, t))
			return;
		if (c == '/') {
			lx->lx_pos++;
			t->lt_tok = DT_TOK_PREDSTART;
			t->lt_len = 1;
			return;
		}
	}

	if (dt_lex_isidstart(c)) {
		dt_lex_ident(pcb, lx, t);
	} else if (c == '`' || c == '$') {
		dt_lex_scoped(pcb, lx, t);
	} else if (c == '@') {
		const char *p = lx->lx_pos + 1;

		while (p < lx->lx_end && dt_lex_isident((unsigned char)*p))
			p++;
		/* "@1" is not an aggregation name */
		if (p > lx->lx_pos + 1 &&
		    !dt_lex_isidstart((unsigned char)lx->lx_pos[1]))
			dt_lex_badchar(pcb, lx);
		t->lt_tok = DT_TOK_AGG;
		t->lt_str = dt_lex_strndup(pcb, lx->lx_pos + 1,
		    (size_t)(p - lx->lx_pos - 1));
		lx->lx_pos = p;
	} else if (dt_lex_isdigit(c) ||
	    (c == '.' && dt_lex_isdigit(dt_lex_peekc(lx, 1)))) {
		dt_lex_number(pcb, lx, t);
		return;
	} else if (c == '"') {
		t->lt_tok = DT_TOK_STRING;
		t->lt_str = dt_lex_quoted(pcb, lx, &t->lt_strlen, &rawlen);
	} else if (c == '\'') {
		dt_lex_char(pcb, lx, t);
		return;
	} else {
		for (i = 0; i < DT_LEX_NOPS; i++) {
			op = &dt_lexops[i];
			n = strlen(op->op_text);
			if ((size_t)(lx->lx_end - lx->lx_pos) >= n &&
			    memcmp(lx->lx_pos, op->op_text, n) == 0)
				break;
		}
		if (i == DT_LEX_NOPS)
			dt_lex_badchar(pcb, lx);
		t->lt_tok = op->op_tok;
		if (t->lt_tok == DT_TOK_DIV && lx->lx_inpred)
			t->lt_tok = dt_lex_slash(pcb, lx);
		dt_lex_nesting(pcb, lx, t->lt_tok);
		lx->lx_pos += n;
	}
	t->lt_len = (size_t)(lx->lx_pos - t->lt_text);
}

void
dt_lex_init(dt_pcb_t *pcb)
{
	dt_lexer_t *lx;
	size_t len = 0;

	pcb->pcb_lex = NULL;
	lx = dt_lex_alloc(pcb, sizeof (dt_lexer_t));
	if (pcb->pcb_text != NULL)
		len = pcb->pcb_len != 0 ? pcb->pcb_len : strlen(pcb->pcb_text);
	lx->lx_pos = pcb->pcb_text != NULL ? pcb->pcb_text : "";
	lx->lx_end = lx->lx_pos + len;
	lx->lx_line = 1;
	lx->lx_bol = 1;
	lx->lx_mode = DT_LEX_TOP;
	pcb->pcb_lex = lx;
}

const dt_lextok_t *
dt_lex_peek(dt_pcb_t *pcb, int k)
{
	dt_lexer_t *lx = pcb->pcb_lex;

	while (lx->lx_nahead <= k)
		dt_lex_scan(pcb, lx, &lx->lx_ahead[lx->lx_nahead++]);
	return &lx->lx_ahead[k];
}

void
dt_lex_next(dt_pcb_t *pcb)
{
	dt_lexer_t *lx = pcb->pcb_lex;

	(void) dt_lex_peek(pcb, 0);
	lx->lx_ahead[0] = lx->lx_ahead[1];
	lx->lx_nahead--;
}

void
dt_lex_setmode(dt_pcb_t *pcb, dt_lex_mode_t mode)
{
	dt_lexer_t *lx = pcb->pcb_lex;

	lx->lx_mode = mode;
}

void
dt_lex_predicate(dt_pcb_t *pcb, int on)
{
	dt_lexer_t *lx = pcb->pcb_lex;

	lx->lx_inpred = on;
	lx->lx_pred_parens = lx->lx_parens;
	lx->lx_pred_brackets = lx->lx_brackets;
}
