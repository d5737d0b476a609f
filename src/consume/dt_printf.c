/*
 * dt_printf.c -- D's printf(): parse, validate and format.
 *
 * Theory
 * ------
 * A D format string is used in three stages, each with its own entry point:
 *
 *   dt_printf_parse()     compile time, once per format.  Splits the string
 *                         into literal text and conversions (dt_pfconv_t)
 *                         and rejects malformed conversions.
 *   dt_printf_validate()  compile time, once per call site.  Checks the
 *                         types of the call's arguments against the
 *                         conversions and produces DTrace's messages/tags.
 *   dt_printf_format()    run time, once per record.  Writes the text of
 *                         one record to a FILE (dt_printf_sformat(): to a
 *                         malloc'd string).
 *
 * Parsing follows illumos libdtrace: a conversion is '%', then flags, width
 * ('*' or digits), '.' precision ('*' or digits), length modifiers and the
 * conversion character, where flags, width, precision and modifiers may come
 * in any order (as in DTrace; the order is canonicalised when formatting).
 * Conversions are numbered from 1 in format order, "%%" included, which is
 * how DTrace numbers them in its messages.  Arguments are numbered from 1
 * with the format itself as argument #1, so the first value is argument #2.
 *
 * Conversions: d i (signed, or unsigned when the value's type is unsigned,
 * as DTrace does), u o x X (unsigned), c, s, p (hex digits, no "0x" unless
 * '#', as in DTrace), e E f F g G (float; integers are accepted and
 * converted: a deliberate extension, D has no float arithmetic), a A
 * (symbolic kernel/user address through the caller's symbolizer; "0x..." when
 * it has none), %% and, for printa() only, the aggregation value %@ (written
 * "%@d", "%@u", "%@x"... as in DTrace; a bare "%@" not followed by a letter
 * is taken as "%@d").  DTrace's extras %C (escaped char), %S (escaped
 * string), %Y (date from nanoseconds since the epoch) and %T (RFC 822 date)
 * are also supported.  Length modifiers h hh l ll L z j t are accepted and
 * ignored: the size and signedness of an integer come from its dt_pfval_t.
 *
 * Inputs and outputs
 * ------------------
 * parse:    a NUL-terminated format whose escapes the lexer already decoded.
 *           Produces one immutable dt_pfmt_t allocated as a single block
 *           (struct, conversion array, copy of the format, NUL-terminated
 *           literal pieces); dt_printf_free() frees it.
 * validate: the argument types following the format (args[0] is argument
 *           #2).  printa()'s arguments are its aggregation keys: a %@
 *           conversion takes its value from the aggregation, not from
 *           args[], and printa() may leave keys unused.
 * format:   vals[] in format order.  Every conversion except %% owns
 *           pfc_argidx, its slot in vals[]; a '*' width precedes it at
 *           pfc_argidx - 1 (or - 2 when the precision is also '*'), a '*'
 *           precision at pfc_argidx - 1.  A %@ conversion owns a slot too:
 *           printa()'s consumer puts the aggregation value there (the keys
 *           fill the other slots in order).  pf_nargs counts all slots.
 *
 * Invariants
 * ----------
 * - A parsed dt_pfmt_t is never modified; any number of threads may format
 *   with it at once.  There is no global mutable state.
 * - The formatter never fails on bad data: a missing value (nvals too small)
 *   prints as 0 or "", a value of the wrong kind is converted, a NULL string
 *   prints as "", widths and precisions are clamped to DT_PF_MAXWIDTH, a
 *   negative '*' width left-justifies and a negative '*' precision is
 *   ignored (C semantics).
 * - The formatter does not allocate (dt_printf_sformat() grows its result
 *   string only) and takes the FILE's lock once per record.  Plain integers
 *   ("%d", "%-8x") and all strings are converted and padded by hand; any
 *   other conversion is rebuilt as a canonical printf spec on the stack
 *   (keeping only the flags C defines for it) and rendered with snprintf
 *   into a stack buffer; the rare piece that does not fit is rendered
 *   straight into the FILE.
 * - Nothing here writes to stdout/stderr or exits; errors go to the caller
 *   through the return value, msg and *tagp.  Messages are single strings
 *   without a trailing newline (DTrace's multi-line type messages keep their
 *   embedded "\n\t"; a control byte in an undefined conversion is shown as
 *   its C escape).
 *
 * Where this differs from illumos DTrace, on purpose
 * --------------------------------------------------
 * - %e %f %g accept integers; length modifiers never constrain the type
 *   (DTrace requires e.g. exactly "long" for %ld) and z j t hh are accepted.
 * - C semantics for flags and precision: "%-05d" is left-justified (DTrace
 *   lets a later '0' cancel '-'), an explicit ".0" precision is honoured
 *   (DTrace drops a zero precision), negative '*' values as in C.
 * - "%**d" names the field ("width"/"precision"); DTrace always says
 *   "precision".
 * - The empty format is rejected by dt_printf_parse(), which cannot know the
 *   calling function, so its message says "printf( )"; validate says the
 *   right name for a hand-built empty format.
 * - %S escapes up to the string's NUL (DTrace escapes the whole record); %T
 *   uses the calendar year (DTrace's strftime("%G") uses the ISO year).
 * - %k (stack), %ls/%ws (wide strings) and %P are not supported and are
 *   reported as undefined conversions.
 */
#include "dt_printf.h"

#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Largest width or precision honoured at run time. */
#define DT_PF_MAXWIDTH 8192
/* Literal widths saturate here while parsing (then get clamped). */
#define DT_PF_MAXLIT 1000000
/* Length-modifier characters kept for messages (as DTrace, a few). */
#define DT_PF_MAXMOD 6
/* Rendering buffer for one conversion. */
#define DT_PF_BUFSZ 512
/* A rebuilt conversion spec, e.g. "%-08.3lld". */
#define DT_PF_SPECSZ 32
/* Symbolizer buffer for %a / %A. */
#define DT_PF_SYMSZ 1024

/*
 * Tags DTrace has and dt_errtags.h lacks: DTrace raises D_PRINTF_ARG_PROTO
 * when a conversion has no value argument and D_PRINTF_AGG_CONV for %@
 * outside printa().  Until those tags exist, the closest ones are used.
 */
#define DT_PF_TAG_ARG_PROTO D_PRINTF_ARG_PROTO
#define DT_PF_TAG_AGG_CONV D_PRINTF_AGG_CONV

/* DTrace's prototype descriptions, used verbatim in messages. */
static const char dt_pf_proto_xint[] = "char, short, int, long, or long long";
static const char dt_pf_proto_csi[] = "char, short, or int";
static const char dt_pf_proto_fp[] = "float, double, or long double";
static const char dt_pf_proto_addr[] = "pointer or integer";
static const char dt_pf_proto_uaddr[] =
    "pointer or integer (with -p/-c) or _usymaddr (without -p/-c)";
static const char dt_pf_proto_cstr[] = "char [] or string (or use stringof)";
static const char dt_pf_proto_time[] = "int64_t";

typedef int dt_pf_check_f(const dt_pfargtype_t *);

/* One entry of the conversion dictionary. */
typedef struct dt_pfinfo {
	char pi_conv;
	dt_pfclass_t pi_class;
	const char *pi_proto;
	dt_pf_check_f *pi_check;
} dt_pfinfo_t;

static int
dt_pf_check_int(const dt_pfargtype_t *at)
{
	return at->pat_kind == DT_PFA_INT;
}

static int
dt_pf_check_csi(const dt_pfargtype_t *at)
{
	return at->pat_kind == DT_PFA_INT && at->pat_size <= 4;
}

static int
dt_pf_check_str(const dt_pfargtype_t *at)
{
	return at->pat_kind == DT_PFA_STRING;
}

static int
dt_pf_check_addr(const dt_pfargtype_t *at)
{
	return at->pat_kind == DT_PFA_PTR || at->pat_kind == DT_PFA_INT;
}

static int
dt_pf_check_fp(const dt_pfargtype_t *at)
{
	/* DTrace accepts only floating types; integers are our extension. */
	return at->pat_kind == DT_PFA_FLOAT || at->pat_kind == DT_PFA_INT;
}

static int
dt_pf_check_time(const dt_pfargtype_t *at)
{
	return at->pat_kind == DT_PFA_INT && at->pat_size == 8;
}

static int
dt_pf_check_any_int(const dt_pfargtype_t *at)
{
	return at->pat_kind == DT_PFA_INT;
}

static const dt_pfinfo_t dt_pf_dict[] = {
	{ 'a', DT_PFC_SYM, dt_pf_proto_addr, dt_pf_check_addr },
	{ 'A', DT_PFC_SYM, dt_pf_proto_uaddr, dt_pf_check_addr },
	{ 'c', DT_PFC_CHAR, dt_pf_proto_csi, dt_pf_check_csi },
	{ 'C', DT_PFC_CHAR, dt_pf_proto_csi, dt_pf_check_csi },
	{ 'd', DT_PFC_INT, dt_pf_proto_xint, dt_pf_check_int },
	{ 'i', DT_PFC_INT, dt_pf_proto_xint, dt_pf_check_int },
	{ 'e', DT_PFC_FLOAT, dt_pf_proto_fp, dt_pf_check_fp },
	{ 'E', DT_PFC_FLOAT, dt_pf_proto_fp, dt_pf_check_fp },
	{ 'f', DT_PFC_FLOAT, dt_pf_proto_fp, dt_pf_check_fp },
	{ 'F', DT_PFC_FLOAT, dt_pf_proto_fp, dt_pf_check_fp },
	{ 'g', DT_PFC_FLOAT, dt_pf_proto_fp, dt_pf_check_fp },
	{ 'G', DT_PFC_FLOAT, dt_pf_proto_fp, dt_pf_check_fp },
	{ 'o', DT_PFC_UINT, dt_pf_proto_xint, dt_pf_check_int },
	{ 'u', DT_PFC_UINT, dt_pf_proto_xint, dt_pf_check_int },
	{ 'x', DT_PFC_UINT, dt_pf_proto_xint, dt_pf_check_int },
	{ 'X', DT_PFC_UINT, dt_pf_proto_xint, dt_pf_check_int },
	{ 'p', DT_PFC_PTR, dt_pf_proto_addr, dt_pf_check_addr },
	{ 's', DT_PFC_STR, dt_pf_proto_cstr, dt_pf_check_str },
	{ 'S', DT_PFC_STR, dt_pf_proto_cstr, dt_pf_check_str },
	{ 'T', DT_PFC_UINT, dt_pf_proto_time, dt_pf_check_time },
	{ 'Y', DT_PFC_UINT, dt_pf_proto_time, dt_pf_check_time },
};

/* The bare "%@": the aggregation value printed as a decimal integer. */
static const dt_pfinfo_t dt_pf_agginfo =
	{ '@', DT_PFC_AGG, dt_pf_proto_xint, dt_pf_check_any_int };

static const dt_pfinfo_t *
dt_pf_lookup(char c)
{
	size_t i;

	if (c == '@')
		return &dt_pf_agginfo;
	for (i = 0; i < sizeof (dt_pf_dict) / sizeof (dt_pf_dict[0]); i++) {
		if (dt_pf_dict[i].pi_conv == c)
			return &dt_pf_dict[i];
	}
	return NULL;
}

static int
dt_pf_length_ok(const char *m)
{
	static const char *const ok[] = {
		"", "h", "hh", "l", "ll", "L", "z", "j", "t"
	};
	size_t i;

	for (i = 0; i < sizeof (ok) / sizeof (ok[0]); i++) {
		if (strcmp(m, ok[i]) == 0)
			return 1;
	}
	return 0;
}

static int
dt_pf_isalpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static size_t dt_pf_escape(unsigned char, char *);

static void
dt_pf_error(dt_errtag_t *tagp, dt_errtag_t tag, char *msg, size_t msglen,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void
dt_pf_error(dt_errtag_t *tagp, dt_errtag_t tag, char *msg, size_t msglen,
    const char *fmt, ...)
{
	va_list ap;

	if (tagp != NULL)
		*tagp = tag;
	if (msg != NULL && msglen > 0) {
		va_start(ap, fmt);
		(void) vsnprintf(msg, msglen, fmt, ap);
		va_end(ap);
	}
}

/*
 * ---------------------------------------------------------------------
 * Parsing
 * ---------------------------------------------------------------------
 */

/* The single allocation behind a parsed format. */
typedef struct dt_pfmt_block {
	dt_pfmt_t pb_fmt;
	dt_pfconv_t pb_convs[];
	/* then: copy of the format, then the NUL-terminated literal pieces */
} dt_pfmt_block_t;

int
dt_printf_parse(const char *fmt, dt_pfmt_t **pfp, dt_errtag_t *tagp,
    char *msg, size_t msglen)
{
	dt_pfmt_block_t *pb;
	dt_pfmt_t *pf;
	size_t flen, npct = 0, size;
	const char *p, *q;
	char *text;
	int nconv = 0, nargs = 0;

	if (pfp != NULL)
		*pfp = NULL;

	if (fmt == NULL || fmt[0] == '\0') {
		dt_pf_error(tagp, D_PRINTF_FMT_EMPTY, msg, msglen,
		    "printf( ) format string is empty");
		return -1;
	}

	flen = strlen(fmt);
	for (p = fmt; (p = strchr(p, '%')) != NULL; p++)
		npct++;

	/* Conversions <= number of '%'; literal pieces <= flen bytes. */
	size = sizeof (dt_pfmt_block_t) + npct * sizeof (dt_pfconv_t) +
	    (flen + 1) + (flen + npct + 1);
	if ((pb = calloc(1, size)) == NULL) {
		dt_pf_error(tagp, D_UNKNOWN, msg, msglen,
		    "printf( ) format: out of memory");
		return -1;
	}

	pf = &pb->pb_fmt;
	pf->pf_convs = pb->pb_convs;
	pf->pf_format = (char *)&pb->pb_convs[npct];
	memcpy(pf->pf_format, fmt, flen + 1);
	text = pf->pf_format + flen + 1;

	for (q = fmt; (p = strchr(q, '%')) != NULL; ) {
		dt_pfconv_t *c = &pf->pf_convs[nconv++];
		const dt_pfinfo_t *pi;
		const char *s = p + 1;
		char mod[DT_PF_MAXMOD + 1];
		char ch;
		int nmod = 0, dot = 0, digits = 0, agg = 0;

		c->pfc_prefix = text;
		c->pfc_prefixlen = (size_t)(p - q);
		memcpy(text, q, c->pfc_prefixlen);
		text += c->pfc_prefixlen;
		*text++ = '\0';
		c->pfc_width = DT_PF_NONE;
		c->pfc_prec = DT_PF_NONE;
		c->pfc_argidx = -1;

		for (;;) {
			ch = *s;
			if (ch >= '0' && ch <= '9') {
				long n = 0;

				if (!dot && !digits && ch == '0') {
					c->pfc_flags |= DT_PFF_ZERO;
					s++;
					continue;
				}
				for (; *s >= '0' && *s <= '9'; s++) {
					n = n * 10 + (*s - '0');
					if (n > DT_PF_MAXLIT)
						n = DT_PF_MAXLIT;
				}
				if (dot) {
					if (c->pfc_prec != DT_PF_STAR)
						c->pfc_prec = (int)n;
				} else {
					if (c->pfc_width != DT_PF_STAR)
						c->pfc_width = (int)n;
				}
				digits++;
				continue;
			}

			switch (ch) {
			case '#':
				c->pfc_flags |= DT_PFF_ALT;
				s++;
				continue;
			case '-':
				c->pfc_flags |= DT_PFF_MINUS;
				s++;
				continue;
			case '+':
				c->pfc_flags |= DT_PFF_PLUS;
				s++;
				continue;
			case ' ':
				c->pfc_flags |= DT_PFF_SPACE;
				s++;
				continue;
			case '\'':
				c->pfc_flags |= DT_PFF_GROUP;
				s++;
				continue;
			case '*': {
				int *fieldp = dot ? &c->pfc_prec : &c->pfc_width;

				if (*fieldp == DT_PF_STAR) {
					dt_pf_error(tagp, D_PRINTF_ARG_FMT, msg,
					    msglen, "format conversion #%d has "
					    "more than one '*' specified for "
					    "the output %s", nconv,
					    dot ? "precision" : "width");
					goto fail;
				}
				*fieldp = DT_PF_STAR;
				s++;
				continue;
			}
			case '.':
				if (dot) {
					dt_pf_error(tagp, D_PRINTF_ARG_FMT, msg,
					    msglen, "format conversion #%d has "
					    "more than one '.' specified",
					    nconv);
					goto fail;
				}
				dot = 1;
				digits = 0;
				if (c->pfc_prec != DT_PF_STAR)
					c->pfc_prec = 0;
				s++;
				continue;
			case '?':
				/* DTrace: the width of a pointer (LP64). */
				if (c->pfc_width != DT_PF_STAR)
					c->pfc_width = 16;
				s++;
				continue;
			case '@':
				agg = 1;
				s++;
				continue;
			case '$':
				dt_pf_error(tagp, D_PRINTF_ARG_FMT, msg, msglen,
				    "format conversion #%d uses unsupported "
				    "positional format (%%n$)", nconv);
				goto fail;
			case '%':
				if (s == p + 1)
					break;
				dt_pf_error(tagp, D_PRINTF_ARG_FMT, msg, msglen,
				    "format conversion #%d cannot be combined "
				    "with other format flags: %%%%", nconv);
				goto fail;
			case '\0':
				dt_pf_error(tagp, D_PRINTF_ARG_FMT, msg, msglen,
				    "format conversion #%d name expected "
				    "before end of format string", nconv);
				goto fail;
			case 'h': case 'l': case 'L': case 'w':
			case 'z': case 'j': case 't':
				if (nmod < DT_PF_MAXMOD)
					mod[nmod++] = ch;
				s++;
				continue;
			default:
				break;
			}
			break;
		}
		mod[nmod] = '\0';

		if (ch == '%') {
			c->pfc_conv = '%';
			c->pfc_class = DT_PFC_PERCENT;
			q = s + 1;
			continue;
		}

		pi = dt_pf_lookup(ch);  /* ch is neither '%' nor '@' here */
		if (pi == NULL || !dt_pf_length_ok(mod)) {
			if (agg && nmod == 0 && !dt_pf_isalpha(ch)) {
				/* bare "%@": ch is literal text that follows */
				pi = &dt_pf_agginfo;
				s--;
			} else {
				/* a control byte is shown as its escape */
				char e[5];

				if (ch >= ' ' && ch <= '~') {
					e[0] = ch;
					e[1] = '\0';
				} else {
					e[dt_pf_escape((unsigned char)ch,
					    e)] = '\0';
				}
				dt_pf_error(tagp, D_PRINTF_ARG_FMT, msg, msglen,
				    "format conversion #%d is undefined: "
				    "%%%s%s", nconv, mod, e);
				goto fail;
			}
		}
		s++;

		c->pfc_conv = pi->pi_conv;
		c->pfc_class = agg ? DT_PFC_AGG : pi->pi_class;
		memcpy(c->pfc_length, mod, (size_t)nmod + 1);

		if (c->pfc_width == DT_PF_STAR)
			nargs++;
		if (c->pfc_prec == DT_PF_STAR)
			nargs++;
		c->pfc_argidx = nargs++;
		q = s;
	}

	pf->pf_suffix = text;
	pf->pf_suffixlen = strlen(q);
	memcpy(text, q, pf->pf_suffixlen + 1);
	pf->pf_nconv = nconv;
	pf->pf_nargs = nargs;
	if (pfp != NULL)
		*pfp = pf;
	else
		free(pb);       /* a syntax check only */
	return 0;

fail:
	free(pb);
	return -1;
}

void
dt_printf_free(dt_pfmt_t *pf)
{
	/* pf is the first member of its block */
	free(pf);
}

/*
 * ---------------------------------------------------------------------
 * Validation
 * ---------------------------------------------------------------------
 */

static const char *
dt_pf_typename(const dt_pfargtype_t *at)
{
	if (at->pat_name != NULL)
		return at->pat_name;

	switch (at->pat_kind) {
	case DT_PFA_INT:
		switch (at->pat_size) {
		case 1:
			return at->pat_signed ? "char" : "unsigned char";
		case 2:
			return at->pat_signed ? "short" : "unsigned short";
		case 4:
			return at->pat_signed ? "int" : "unsigned int";
		default:
			return at->pat_signed ? "long" : "unsigned long";
		}
	case DT_PFA_STRING:
		return "string";
	case DT_PFA_PTR:
		return "void *";
	case DT_PFA_FLOAT:
		return "double";
	default:
		return "void";
	}
}

/* The conversion's name as DTrace shows it: modifiers + character. */
static void
dt_pf_convname(const dt_pfconv_t *c, char *buf, size_t len)
{
	(void) snprintf(buf, len, "%.2s%c", c->pfc_length, c->pfc_conv);
}

int
dt_printf_validate(const dt_pfmt_t *pf, const char *func,
    const dt_pfargtype_t *args, int nargs, dt_errtag_t *tagp,
    char *msg, size_t msglen)
{
	static const dt_pfargtype_t aggtype =
	    { DT_PFA_INT, 8, 1, "int64_t" };
	int printa, i, j = 0;

	if (func == NULL)
		func = "printf";
	if (args == NULL)
		nargs = 0;
	printa = strcmp(func, "printa") == 0;

	if (pf == NULL || pf->pf_format == NULL || pf->pf_format[0] == '\0') {
		dt_pf_error(tagp, D_PRINTF_FMT_EMPTY, msg, msglen,
		    "%s( ) format string is empty", func);
		return -1;
	}

	for (i = 0; i < pf->pf_nconv; i++) {
		const dt_pfconv_t *c = &pf->pf_convs[i];
		const dt_pfargtype_t *at;
		const dt_pfinfo_t *pi;
		const char *dyns[2];
		char name[8], vname[32];
		int dync = 0, d;

		if (c->pfc_class == DT_PFC_PERCENT)
			continue;

		dt_pf_convname(c, name, sizeof (name));

		if (c->pfc_width == DT_PF_STAR)
			dyns[dync++] = "*";
		if (c->pfc_prec == DT_PF_STAR)
			dyns[dync++] = ".*";

		for (d = 0; d < dync; d++, j++) {
			if (j >= nargs) {
				dt_pf_error(tagp, D_PRINTF_DYN_PROTO, msg,
				    msglen, "%s( ) prototype mismatch: "
				    "conversion #%d (%%%s) is missing a "
				    "corresponding \"%s\" argument", func,
				    i + 1, name, dyns[d]);
				return -1;
			}
			if (args[j].pat_kind != DT_PFA_INT) {
				dt_pf_error(tagp, D_PRINTF_DYN_TYPE, msg,
				    msglen, "%s( ) argument #%d is "
				    "incompatible with conversion #%d "
				    "prototype:\n\tconversion: %% %s %s\n"
				    "\t prototype: int\n\t  argument: %s",
				    func, j + 2, i + 1, dyns[d], name,
				    dt_pf_typename(&args[j]));
				return -1;
			}
		}

		if (c->pfc_class == DT_PFC_AGG) {
			if (!printa) {
				dt_pf_error(tagp, DT_PF_TAG_AGG_CONV, msg,
				    msglen, "%%@ conversion requires an "
				    "aggregation and is not for use with "
				    "%s( )", func);
				return -1;
			}
			(void) snprintf(vname, sizeof (vname),
			    "aggregating action");
			at = &aggtype;
		} else if (j >= nargs) {
			dt_pf_error(tagp, DT_PF_TAG_ARG_PROTO, msg, msglen,
			    "%s( ) prototype mismatch: conversion #%d (%%%s) "
			    "is missing a corresponding value argument",
			    func, i + 1, name);
			return -1;
		} else {
			(void) snprintf(vname, sizeof (vname),
			    "argument #%d", j + 2);
			at = &args[j++];
		}

		if ((pi = dt_pf_lookup(c->pfc_conv)) == NULL) {
			dt_pf_error(tagp, D_PRINTF_ARG_FMT, msg, msglen,
			    "format conversion #%d is undefined: %%%s",
			    i + 1, name);
			return -1;
		}

		if (!pi->pi_check(at)) {
			dt_pf_error(tagp, D_PRINTF_ARG_TYPE, msg, msglen,
			    "%s( ) %s is incompatible with conversion #%d "
			    "prototype:\n\tconversion: %%%s\n\t prototype: %s"
			    "\n\t  argument: %s", func, vname, i + 1, name,
			    pi->pi_proto, dt_pf_typename(at));
			return -1;
		}
	}

	if (!printa && j < nargs) {
		dt_pf_error(tagp, D_PRINTF_ARG_EXTRA, msg, msglen,
		    "%s( ) prototype mismatch: only %d arguments required "
		    "by this format string", func, j);
		return -1;
	}

	return 0;
}

/*
 * ---------------------------------------------------------------------
 * Formatting
 * ---------------------------------------------------------------------
 */

/* Where the text goes: a FILE, or a growing string. */
typedef struct dt_pf_sink {
	FILE *ps_fp;
	char *ps_buf;           /* string sink: NUL-terminated */
	size_t ps_len;
	size_t ps_cap;
	size_t ps_total;        /* bytes produced */
	int ps_err;
} dt_pf_sink_t;

static int
dt_pf_reserve(dt_pf_sink_t *ps, size_t n)
{
	size_t need, cap;
	char *nb;

	if (n > (size_t)INT_MAX || ps->ps_len > (size_t)INT_MAX - n) {
		ps->ps_err = 1;
		return -1;
	}
	need = ps->ps_len + n + 1;
	if (need <= ps->ps_cap)
		return 0;
	for (cap = ps->ps_cap ? ps->ps_cap : 128; cap < need; cap *= 2)
		;
	if ((nb = realloc(ps->ps_buf, cap)) == NULL) {
		ps->ps_err = 1;
		return -1;
	}
	ps->ps_buf = nb;
	ps->ps_cap = cap;
	return 0;
}

static void
dt_pf_write(dt_pf_sink_t *ps, const char *p, size_t n)
{
	if (ps->ps_err || n == 0)
		return;
	if (ps->ps_fp != NULL) {
		if (fwrite_unlocked(p, 1, n, ps->ps_fp) != n) {
			ps->ps_err = 1;
			return;
		}
	} else {
		if (dt_pf_reserve(ps, n) != 0)
			return;
		memcpy(ps->ps_buf + ps->ps_len, p, n);
		ps->ps_len += n;
		ps->ps_buf[ps->ps_len] = '\0';
	}
	ps->ps_total += n;
}

static void
dt_pf_pad(dt_pf_sink_t *ps, size_t n)
{
	static const char spaces[] =
	    "                                                                ";
	size_t chunk;

	while (n > 0) {
		chunk = n < sizeof (spaces) - 1 ? n : sizeof (spaces) - 1;
		dt_pf_write(ps, spaces, chunk);
		n -= chunk;
	}
}

/* Render one printf spec with one value. */
static void
dt_pf_print(dt_pf_sink_t *ps, const char *spec, ...)
{
	char buf[DT_PF_BUFSZ];
	va_list ap, ap2;
	int n;

	if (ps->ps_err)
		return;

	va_start(ap, spec);
	va_copy(ap2, ap);
	n = vsnprintf(buf, sizeof (buf), spec, ap);
	if (n < 0) {
		ps->ps_err = 1;
	} else if ((size_t)n < sizeof (buf)) {
		dt_pf_write(ps, buf, (size_t)n);
	} else if (ps->ps_fp != NULL) {
		if (vfprintf(ps->ps_fp, spec, ap2) != n)
			ps->ps_err = 1;
		else
			ps->ps_total += (size_t)n;
	} else if (dt_pf_reserve(ps, (size_t)n) == 0) {
		(void) vsnprintf(ps->ps_buf + ps->ps_len, (size_t)n + 1, spec,
		    ap2);
		ps->ps_len += (size_t)n;
		ps->ps_total += (size_t)n;
	}
	va_end(ap2);
	va_end(ap);
}

/* Decimal digits of n at f (no NUL); returns the end. */
static char *
dt_pf_utoa(char *f, unsigned n)
{
	char tmp[12];
	int i = 0;

	do {
		tmp[i++] = (char)('0' + n % 10);
		n /= 10;
	} while (n != 0);
	while (i > 0)
		*f++ = tmp[--i];
	return f;
}

/*
 * Build "%<flags><width>.<prec><len><conv>" keeping only the flags that
 * are meaningful for the conversion (the others are undefined in C).
 * spec must hold DT_PF_SPECSZ bytes: width and precision are clamped to
 * DT_PF_MAXWIDTH, so the longest spec is "%#0-+ '8192.8192ll" + conv.
 */
static void
dt_pf_spec(char *spec, int flags, int allowed, int width,
    int prec, const char *lenmod, char conv)
{
	char *f = spec;

	*f++ = '%';
	flags &= allowed;
	if (flags & DT_PFF_ALT)
		*f++ = '#';
	if (flags & DT_PFF_ZERO)
		*f++ = '0';
	if (flags & DT_PFF_MINUS)
		*f++ = '-';
	if (flags & DT_PFF_PLUS)
		*f++ = '+';
	if (flags & DT_PFF_SPACE)
		*f++ = ' ';
	if (flags & DT_PFF_GROUP)
		*f++ = '\'';
	if (width > 0)
		f = dt_pf_utoa(f, (unsigned)width);
	if (prec >= 0) {
		*f++ = '.';
		f = dt_pf_utoa(f, (unsigned)prec);
	}
	while (*lenmod != '\0')
		*f++ = *lenmod++;
	*f++ = conv;
	*f = '\0';
}

/* A string with width, precision and '-' applied by hand. */
static void
dt_pf_putstr(dt_pf_sink_t *ps, const char *s, int flags, int width, int prec)
{
	size_t n = prec >= 0 ? strnlen(s, (size_t)prec) : strlen(s);
	size_t pad = width > 0 && (size_t)width > n ? (size_t)width - n : 0;

	if (!(flags & DT_PFF_MINUS))
		dt_pf_pad(ps, pad);
	dt_pf_write(ps, s, n);
	if (flags & DT_PFF_MINUS)
		dt_pf_pad(ps, pad);
}

/*
 * The common integer case, without snprintf: no flags but '-', no
 * precision.  u is the magnitude; neg adds a '-'.
 */
static void
dt_pf_putint(dt_pf_sink_t *ps, uint64_t u, int neg, unsigned base,
    int upper, int flags, int width)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char buf[24];
	char *p = buf + sizeof (buf);
	size_t n, pad;

	do {
		*--p = digits[u % base];
		u /= base;
	} while (u != 0);
	if (neg)
		*--p = '-';
	n = (size_t)(buf + sizeof (buf) - p);
	pad = width > 0 && (size_t)width > n ? (size_t)width - n : 0;

	if (!(flags & DT_PFF_MINUS))
		dt_pf_pad(ps, pad);
	dt_pf_write(ps, p, n);
	if (flags & DT_PFF_MINUS)
		dt_pf_pad(ps, pad);
}

/* The C escape for byte c into e (no NUL); returns its length. */
static size_t
dt_pf_escape(unsigned char c, char *e)
{
	static const char plain[] = "\a\b\f\n\r\t\v\"\\";
	static const char named[] = "abfnrtv\"\\";
	const char *p;

	if (c == '\0') {
		e[0] = '\\';
		e[1] = '0';
		return 2;
	}
	if ((p = strchr(plain, c)) != NULL) {
		e[0] = '\\';
		e[1] = named[p - plain];
		return 2;
	}
	if (c == ' ' || (c >= '!' && c <= '~')) {
		e[0] = (char)c;
		return 1;
	}
	e[0] = '\\';
	e[1] = (char)('0' + ((c >> 6) & 7));
	e[2] = (char)('0' + ((c >> 3) & 7));
	e[3] = (char)('0' + (c & 7));
	return 4;
}

/* %S / %C: s[0..n) escaped, then width / precision / '-' applied. */
static void
dt_pf_putesc(dt_pf_sink_t *ps, const char *s, size_t n, int flags, int width,
    int prec)
{
	char out[256], e[4];
	size_t i, total = 0, left, pad, el, o = 0;

	for (i = 0; i < n; i++)
		total += dt_pf_escape((unsigned char)s[i], e);
	if (prec >= 0 && (size_t)prec < total)
		total = (size_t)prec;
	pad = width > 0 && (size_t)width > total ? (size_t)width - total : 0;

	if (!(flags & DT_PFF_MINUS))
		dt_pf_pad(ps, pad);
	for (i = 0, left = total; i < n && left > 0; i++) {
		el = dt_pf_escape((unsigned char)s[i], e);
		if (el > left)
			el = left;
		if (o + el > sizeof (out)) {
			dt_pf_write(ps, out, o);
			o = 0;
		}
		memcpy(out + o, e, el);
		o += el;
		left -= el;
	}
	dt_pf_write(ps, out, o);
	if (flags & DT_PFF_MINUS)
		dt_pf_pad(ps, pad);
}

static const dt_pfval_t *
dt_pf_getval(const dt_pfval_t *vals, int nvals, int idx)
{
	if (vals == NULL || idx < 0 || idx >= nvals)
		return NULL;
	return &vals[idx];
}

static int64_t
dt_pf_dbl2int(double d)
{
	if (d != d)
		return 0;
	if (d >= 9223372036854775807.0)
		return INT64_MAX;
	if (d <= -9223372036854775808.0)
		return INT64_MIN;
	return (int64_t)d;
}

/*
 * The value as an integer truncated to its own size; *sgnp tells whether
 * it is signed.  The bits are returned as uint64_t: sign-extended when
 * signed, zero-extended otherwise.
 */
static uint64_t
dt_pf_intval(const dt_pfval_t *v, int *sgnp)
{
	uint64_t u, mask;
	int sz;

	*sgnp = 1;
	if (v == NULL)
		return 0;
	switch (v->pv_kind) {
	case DT_PFV_INT:
		break;
	case DT_PFV_FLOAT:
		return (uint64_t)dt_pf_dbl2int(v->pv_float);
	default:
		return 0;
	}

	sz = v->pv_size;
	u = (uint64_t)v->pv_int;
	*sgnp = v->pv_signed != 0;
	if (sz != 1 && sz != 2 && sz != 4)
		return u;
	mask = (UINT64_C(1) << (sz * 8)) - 1;
	u &= mask;
	if (*sgnp && (u & (UINT64_C(1) << (sz * 8 - 1))))
		u |= ~mask;
	return u;
}

/* The value truncated to its own size and zero-extended. */
static uint64_t
dt_pf_uintval(const dt_pfval_t *v)
{
	int sgn;
	uint64_t u = dt_pf_intval(v, &sgn);

	if (v != NULL && v->pv_kind == DT_PFV_INT &&
	    (v->pv_size == 1 || v->pv_size == 2 || v->pv_size == 4))
		u &= (UINT64_C(1) << (v->pv_size * 8)) - 1;
	return u;
}

static double
dt_pf_fltval(const dt_pfval_t *v)
{
	uint64_t u;
	int sgn;

	if (v == NULL)
		return 0.0;
	if (v->pv_kind == DT_PFV_FLOAT)
		return v->pv_float;
	u = dt_pf_intval(v, &sgn);
	return sgn ? (double)(int64_t)u : (double)u;
}

/* A '*' argument, clamped to +/- DT_PF_MAXWIDTH. */
static int
dt_pf_starval(const dt_pfval_t *vals, int nvals, int idx)
{
	int sgn;
	uint64_t u = dt_pf_intval(dt_pf_getval(vals, nvals, idx), &sgn);

	if (!sgn)
		return u > DT_PF_MAXWIDTH ? DT_PF_MAXWIDTH : (int)u;
	if ((int64_t)u > DT_PF_MAXWIDTH)
		return DT_PF_MAXWIDTH;
	if ((int64_t)u < -DT_PF_MAXWIDTH)
		return -DT_PF_MAXWIDTH;
	return (int)(int64_t)u;
}

/* %Y ("1973 Dec  3 17:20:00") and %T (RFC 822), in local time. */
static void
dt_pf_timestr(char *buf, size_t len, int64_t ns, int rfc822)
{
	static const char mon[12][4] = { "Jan", "Feb", "Mar", "Apr", "May",
	    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	static const char day[7][4] = { "Sun", "Mon", "Tue", "Wed", "Thu",
	    "Fri", "Sat" };
	time_t sec = (time_t)(ns / 1000000000);
	struct tm tm;

	if (localtime_r(&sec, &tm) == NULL || tm.tm_mon < 0 ||
	    tm.tm_mon > 11 || tm.tm_wday < 0 || tm.tm_wday > 6) {
		(void) snprintf(buf, len, "%lld", (long long)ns);
		return;
	}
	if (rfc822) {
		(void) snprintf(buf, len, "%s, %02d %s %d %02d:%02d:%02d %s",
		    day[tm.tm_wday], tm.tm_mday, mon[tm.tm_mon],
		    tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec,
		    tm.tm_zone != NULL ? tm.tm_zone : "");
	} else {
		(void) snprintf(buf, len, "%d %s %2d %02d:%02d:%02d",
		    tm.tm_year + 1900, mon[tm.tm_mon], tm.tm_mday,
		    tm.tm_hour, tm.tm_min, tm.tm_sec);
	}
}

#define DT_PF_ALLFLAGS (DT_PFF_MINUS | DT_PFF_ZERO | DT_PFF_PLUS | \
	DT_PFF_SPACE | DT_PFF_ALT | DT_PFF_GROUP)

static void
dt_pf_conv(dt_pf_sink_t *ps, const dt_pfconv_t *c, const dt_pfval_t *vals,
    int nvals, dt_pfsym_f *sym, void *symarg)
{
	const dt_pfval_t *v = dt_pf_getval(vals, nvals, c->pfc_argidx);
	int flags = c->pfc_flags, width = c->pfc_width, prec = c->pfc_prec;
	char spec[DT_PF_SPECSZ], buf[DT_PF_SYMSZ];
	char conv = c->pfc_conv;
	uint64_t u;
	int sgn;

	if (v != NULL && v->pv_kind == DT_PFV_TEXT) {
		if (v->pv_str != NULL)
			dt_pf_write(ps, v->pv_str, strlen(v->pv_str));
		return;
	}
	if (width == DT_PF_STAR) {
		width = dt_pf_starval(vals, nvals, c->pfc_argidx - 1 -
		    (prec == DT_PF_STAR));
		if (width < 0) {
			flags |= DT_PFF_MINUS;
			width = -width;
		}
	} else if (width > DT_PF_MAXWIDTH) {
		width = DT_PF_MAXWIDTH;
	}
	if (prec == DT_PF_STAR) {
		prec = dt_pf_starval(vals, nvals, c->pfc_argidx - 1);
		if (prec < 0)
			prec = DT_PF_NONE;
	} else if (prec > DT_PF_MAXWIDTH) {
		prec = DT_PF_MAXWIDTH;
	}
	if (width < 0)
		width = DT_PF_NONE;
	if (prec < 0)
		prec = DT_PF_NONE;

	switch (conv) {
	case '@':
	case 'd':
	case 'i':
		u = dt_pf_intval(v, &sgn);
		if ((flags & ~DT_PFF_MINUS) == 0 && prec == DT_PF_NONE) {
			int neg = sgn && (int64_t)u < 0;

			dt_pf_putint(ps, neg ? 0 - u : u, neg, 10, 0, flags,
			    width);
		} else if (sgn) {
			dt_pf_spec(spec, flags, DT_PFF_MINUS |
			    DT_PFF_ZERO | DT_PFF_PLUS | DT_PFF_SPACE |
			    DT_PFF_GROUP, width, prec, "ll", 'd');
			dt_pf_print(ps, spec, (long long)(int64_t)u);
		} else {
			dt_pf_spec(spec, flags, DT_PFF_MINUS |
			    DT_PFF_ZERO | DT_PFF_GROUP, width, prec, "ll",
			    'u');
			dt_pf_print(ps, spec, (unsigned long long)u);
		}
		break;

	case 'u':
	case 'o':
	case 'x':
	case 'X':
	case 'p':
		u = dt_pf_uintval(v);
		if ((flags & ~DT_PFF_MINUS) == 0 && prec == DT_PF_NONE) {
			dt_pf_putint(ps, u, 0, conv == 'u' ? 10 :
			    conv == 'o' ? 8 : 16, conv == 'X', flags, width);
			break;
		}
		dt_pf_spec(spec, flags, conv == 'u' ?
		    (DT_PFF_MINUS | DT_PFF_ZERO | DT_PFF_GROUP) :
		    (DT_PFF_MINUS | DT_PFF_ZERO | DT_PFF_ALT), width, prec,
		    "ll", conv == 'p' ? 'x' : conv);
		dt_pf_print(ps, spec, (unsigned long long)u);
		break;

	case 'c':
		u = dt_pf_intval(v, &sgn);
		dt_pf_spec(spec, flags, DT_PFF_MINUS, width,
		    DT_PF_NONE, "", 'c');
		dt_pf_print(ps, spec, (int)(unsigned char)u);
		break;

	case 'C':
		buf[0] = (char)(unsigned char)dt_pf_intval(v, &sgn);
		dt_pf_putesc(ps, buf, 1, flags, width, prec);
		break;

	case 'e':
	case 'E':
	case 'f':
	case 'F':
	case 'g':
	case 'G':
		dt_pf_spec(spec, flags, DT_PF_ALLFLAGS, width,
		    prec, "", conv);
		dt_pf_print(ps, spec, dt_pf_fltval(v));
		break;

	case 's':
	case 'S':
		if (v != NULL && v->pv_kind == DT_PFV_INT) {
			u = dt_pf_intval(v, &sgn);
			(void) snprintf(buf, sizeof (buf), sgn ? "%lld" :
			    "%llu", (long long)u);
		} else if (v != NULL && v->pv_kind == DT_PFV_FLOAT) {
			(void) snprintf(buf, sizeof (buf), "%g", v->pv_float);
		} else {
			const char *s = v != NULL && v->pv_str != NULL ?
			    v->pv_str : "";

			if (conv == 's')
				dt_pf_putstr(ps, s, flags, width, prec);
			else
				dt_pf_putesc(ps, s, strlen(s), flags, width,
				    prec);
			break;
		}
		dt_pf_putstr(ps, buf, flags, width, prec);
		break;

	case 'a':
	case 'A':
		u = dt_pf_uintval(v);
		buf[0] = '\0';
		if (sym == NULL ||
		    sym(symarg, conv == 'A', u, buf, sizeof (buf)) != 0)
			(void) snprintf(buf, sizeof (buf), "0x%llx",
			    (unsigned long long)u);
		buf[sizeof (buf) - 1] = '\0';
		dt_pf_putstr(ps, buf, flags, width, prec);
		break;

	case 'Y':
	case 'T':
		u = dt_pf_intval(v, &sgn);
		dt_pf_timestr(buf, sizeof (buf), (int64_t)u, conv == 'T');
		dt_pf_putstr(ps, buf, flags, width, prec);
		break;

	case '%':
		dt_pf_write(ps, "%", 1);
		break;

	default:
		/* not produced by dt_printf_parse(): print nothing */
		break;
	}
}

static void
dt_pf_format(dt_pf_sink_t *ps, const dt_pfmt_t *pf, const dt_pfval_t *vals,
    int nvals, dt_pfsym_f *sym, void *symarg)
{
	int i;

	for (i = 0; i < pf->pf_nconv && !ps->ps_err; i++) {
		const dt_pfconv_t *c = &pf->pf_convs[i];

		if (c->pfc_prefixlen != 0 && c->pfc_prefix != NULL)
			dt_pf_write(ps, c->pfc_prefix, c->pfc_prefixlen);
		dt_pf_conv(ps, c, vals, nvals, sym, symarg);
	}
	if (pf->pf_suffixlen != 0 && pf->pf_suffix != NULL)
		dt_pf_write(ps, pf->pf_suffix, pf->pf_suffixlen);
}

int
dt_printf_format(FILE *fp, const dt_pfmt_t *pf, const dt_pfval_t *vals,
    int nvals, dt_pfsym_f *sym, void *symarg)
{
	dt_pf_sink_t ps = { .ps_fp = fp };

	if (fp == NULL || pf == NULL)
		return -1;
	/* one lock per record; the writes below use the unlocked calls */
	flockfile(fp);
	dt_pf_format(&ps, pf, vals, nvals, sym, symarg);
	funlockfile(fp);
	if (ps.ps_err)
		return -1;
	return ps.ps_total > (size_t)INT_MAX ? INT_MAX : (int)ps.ps_total;
}

char *
dt_printf_sformat(const dt_pfmt_t *pf, const dt_pfval_t *vals, int nvals)
{
	dt_pf_sink_t ps = { .ps_fp = NULL };

	if (pf == NULL || dt_pf_reserve(&ps, 0) != 0)
		return NULL;
	ps.ps_buf[0] = '\0';
	dt_pf_format(&ps, pf, vals, nvals, NULL, NULL);
	if (ps.ps_err) {
		free(ps.ps_buf);
		return NULL;
	}
	return ps.ps_buf;
}
