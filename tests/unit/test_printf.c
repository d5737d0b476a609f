/*
 * test_printf.c -- unit tests of src/consume/dt_printf.c: parsing,
 * validation (DTrace's messages and tags) and run-time formatting.
 *
 * Prints one line per failed check on stderr and, at the end,
 * "test_printf: N passed, N failed" on stdout; exits 1 if any check failed.
 */
#define _GNU_SOURCE
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "consume/dt_printf.h"

static int npass, nfail;

static void
fail(int line, const char *fmt, ...)
{
	va_list ap;

	nfail++;
	fprintf(stderr, "test_printf.c:%d: ", line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static void
ok(int cond, int line, const char *what)
{
	if (cond)
		npass++;
	else
		fail(line, "%s", what);
}

#define OK(cond) ok(!!(cond), __LINE__, #cond)

/* Printable rendering of a byte string for failure messages. */
static const char *
vis(const char *s, size_t n, char *buf, size_t len)
{
	size_t i, o = 0;

	for (i = 0; i < n && o + 5 < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\n') {
			o += (size_t)snprintf(buf + o, len - o, "\\n");
		} else if (c == '\t') {
			o += (size_t)snprintf(buf + o, len - o, "\\t");
		} else if (c < ' ' || c > '~') {
			o += (size_t)snprintf(buf + o, len - o, "\\%03o", c);
		} else {
			buf[o++] = (char)c;
		}
	}
	if (i < n && o + 4 < len)
		o += (size_t)snprintf(buf + o, len - o, "...");
	buf[o] = '\0';
	return buf;
}

/* ---- values ---- */

static dt_pfval_t
vint(int64_t v, int size, int sgn)
{
	dt_pfval_t pv;

	memset(&pv, 0, sizeof (pv));
	pv.pv_kind = DT_PFV_INT;
	pv.pv_int = v;
	pv.pv_size = size;
	pv.pv_signed = sgn;
	return pv;
}

static dt_pfval_t
vstr(const char *s)
{
	dt_pfval_t pv;

	memset(&pv, 0, sizeof (pv));
	pv.pv_kind = DT_PFV_STR;
	pv.pv_str = s;
	return pv;
}

static dt_pfval_t
vflt(double d)
{
	dt_pfval_t pv;

	memset(&pv, 0, sizeof (pv));
	pv.pv_kind = DT_PFV_FLOAT;
	pv.pv_float = d;
	return pv;
}

#define I8(v)  vint((int8_t)(v), 1, 1)
#define U8(v)  vint((uint8_t)(v), 1, 0)
#define I16(v) vint((int16_t)(v), 2, 1)
#define U16(v) vint((uint16_t)(v), 2, 0)
#define I32(v) vint((int32_t)(v), 4, 1)
#define U32(v) vint((uint32_t)(v), 4, 0)
#define I64(v) vint((int64_t)(v), 8, 1)
#define U64(v) vint((int64_t)(uint64_t)(v), 8, 0)
#define STR(s) vstr(s)
#define FLT(d) vflt(d)

#define NV(...) (int)(sizeof ((dt_pfval_t[]){ __VA_ARGS__ }) / \
	sizeof (dt_pfval_t))

/* ---- a symbolizer for %a / %A ---- */

typedef struct symctx {
	int calls;
	int lastuser;
	uint64_t lastaddr;
} symctx_t;

static int
test_sym(void *arg, int user, uint64_t addr, char *buf, size_t len)
{
	symctx_t *sc = arg;

	sc->calls++;
	sc->lastuser = user;
	sc->lastaddr = addr;
	if (addr == UINT64_C(0xffffffff81000010)) {
		snprintf(buf, len, "vmlinux`do_sys_open+0x10");
		return 0;
	}
	if (addr == 0x401000) {
		snprintf(buf, len, "a.out`main");
		return 0;
	}
	return -1;
}

/* ---- formatting checks ---- */

static void
check_fmt_sym(int line, const char *expect, size_t elen, const char *fmt,
    const dt_pfval_t *vals, int nvals, dt_pfsym_f *sym, void *symarg)
{
	dt_pfmt_t *pf = NULL;
	dt_errtag_t tag = D_UNKNOWN;
	char msg[512], b1[256], b2[256], b3[256];
	char *out = NULL, *s;
	size_t olen = 0;
	FILE *fp;
	int rc;

	msg[0] = '\0';
	if (dt_printf_parse(fmt, &pf, &tag, msg, sizeof (msg)) != 0) {
		fail(line, "parse \"%s\" failed: [%s] %s", fmt,
		    dt_errtag_name(tag), msg);
		return;
	}
	if ((fp = open_memstream(&out, &olen)) == NULL) {
		fail(line, "open_memstream failed");
		dt_printf_free(pf);
		return;
	}
	rc = dt_printf_format(fp, pf, vals, nvals, sym, symarg);
	fclose(fp);

	if (olen != elen || memcmp(out, expect, elen) != 0) {
		fail(line, "format \"%s\": got \"%s\" (%zu), want \"%s\" (%zu)",
		    vis(fmt, strlen(fmt), b3, sizeof (b3)),
		    vis(out, olen, b1, sizeof (b1)), olen,
		    vis(expect, elen, b2, sizeof (b2)), elen);
	} else if (rc != (int)elen) {
		fail(line, "format \"%s\": returned %d, want %zu", fmt, rc,
		    elen);
	} else {
		npass++;
	}
	free(out);

	/* the string variant must agree (when there is no NUL byte) */
	if (sym == NULL && memchr(expect, '\0', elen) == NULL) {
		s = dt_printf_sformat(pf, vals, nvals);
		if (s == NULL || strlen(s) != elen ||
		    memcmp(s, expect, elen) != 0)
			fail(line, "sformat \"%s\": got \"%s\"", fmt,
			    s ? vis(s, strlen(s), b1, sizeof (b1)) : "(null)");
		else
			npass++;
		free(s);
	}
	dt_printf_free(pf);
}

#define FMT(expect, fmt, ...) \
	check_fmt_sym(__LINE__, expect, sizeof (expect) - 1, fmt, \
	    (dt_pfval_t[]){ __VA_ARGS__ }, NV(__VA_ARGS__), NULL, NULL)
#define FMT0(expect, fmt) \
	check_fmt_sym(__LINE__, expect, sizeof (expect) - 1, fmt, NULL, 0, \
	    NULL, NULL)
#define FMTSYM(expect, sc, fmt, ...) \
	check_fmt_sym(__LINE__, expect, sizeof (expect) - 1, fmt, \
	    (dt_pfval_t[]){ __VA_ARGS__ }, NV(__VA_ARGS__), test_sym, sc)

/* Output length only (for huge widths). */
static void
check_len(int line, size_t want, const char *fmt, const dt_pfval_t *vals,
    int nvals)
{
	dt_pfmt_t *pf;
	dt_errtag_t tag;
	char msg[256];
	char *s;
	size_t olen = 0;
	FILE *fp;
	int rc;

	if (dt_printf_parse(fmt, &pf, &tag, msg, sizeof (msg)) != 0) {
		fail(line, "parse \"%s\" failed: %s", fmt, msg);
		return;
	}
	s = dt_printf_sformat(pf, vals, nvals);
	if (s == NULL || strlen(s) != want)
		fail(line, "\"%s\": length %zu, want %zu", fmt,
		    s ? strlen(s) : 0, want);
	else
		npass++;
	free(s);

	/* the same through a FILE (long pieces bypass the stack buffer) */
	s = NULL;
	if ((fp = open_memstream(&s, &olen)) != NULL) {
		rc = dt_printf_format(fp, pf, vals, nvals, NULL, NULL);
		fclose(fp);
		if (rc != (int)want || olen != want)
			fail(line, "\"%s\" to FILE: returned %d, wrote %zu, "
			    "want %zu", fmt, rc, olen, want);
		else
			npass++;
		free(s);
	}
	dt_printf_free(pf);
}

#define LEN(want, fmt, ...) check_len(__LINE__, want, fmt, \
	(dt_pfval_t[]){ __VA_ARGS__ }, NV(__VA_ARGS__))

/* ---- parse-error checks ---- */

static void
check_perr(int line, const char *fmt, dt_errtag_t wtag, const char *wmsg)
{
	dt_pfmt_t *pf = (dt_pfmt_t *)&pf;
	dt_errtag_t tag = D_UNKNOWN;
	char msg[512];

	msg[0] = '\0';
	if (dt_printf_parse(fmt, &pf, &tag, msg, sizeof (msg)) == 0) {
		fail(line, "parse \"%s\" succeeded, want [%s] %s", fmt,
		    dt_errtag_name(wtag), wmsg);
		dt_printf_free(pf);
		return;
	}
	if (tag != wtag || strcmp(msg, wmsg) != 0)
		fail(line, "parse \"%s\": got [%s] \"%s\", want [%s] \"%s\"",
		    fmt, dt_errtag_name(tag), msg, dt_errtag_name(wtag), wmsg);
	else if (pf != NULL)
		fail(line, "parse \"%s\" failed but left *pfp set", fmt);
	else
		npass++;
}

#define PERR(fmt, tag, msg) check_perr(__LINE__, fmt, tag, msg)

/* ---- validation checks ---- */

static const dt_pfargtype_t T_CHAR = { DT_PFA_INT, 1, 1, "char" };
static const dt_pfargtype_t T_SHORT = { DT_PFA_INT, 2, 1, "short" };
static const dt_pfargtype_t T_INT = { DT_PFA_INT, 4, 1, "int" };
static const dt_pfargtype_t T_UINT = { DT_PFA_INT, 4, 0, "unsigned int" };
static const dt_pfargtype_t T_LONG = { DT_PFA_INT, 8, 1, "long" };
static const dt_pfargtype_t T_U64 = { DT_PFA_INT, 8, 0, "uint64_t" };
static const dt_pfargtype_t T_STR = { DT_PFA_STRING, 256, 0, "string" };
static const dt_pfargtype_t T_CARR = { DT_PFA_STRING, 16, 0, "char [16]" };
static const dt_pfargtype_t T_PTR = { DT_PFA_PTR, 8, 0, "char *" };
static const dt_pfargtype_t T_DBL = { DT_PFA_FLOAT, 8, 1, "double" };
static const dt_pfargtype_t T_STRUCT = { DT_PFA_OTHER, 24, 0,
	"struct foo" };
static const dt_pfargtype_t T_ANON = { DT_PFA_PTR, 8, 0, NULL };

static void
check_val(int line, const char *fmt, const char *func,
    const dt_pfargtype_t *args, int nargs, dt_errtag_t wtag,
    const char *wmsg)
{
	dt_pfmt_t *pf;
	dt_errtag_t tag = D_UNKNOWN;
	char msg[1024];
	int rc;

	msg[0] = '\0';
	if (dt_printf_parse(fmt, &pf, &tag, msg, sizeof (msg)) != 0) {
		fail(line, "parse \"%s\" failed: %s", fmt, msg);
		return;
	}
	msg[0] = '\0';
	tag = D_UNKNOWN;
	rc = dt_printf_validate(pf, func, args, nargs, &tag, msg,
	    sizeof (msg));
	if (wmsg == NULL) {
		if (rc != 0)
			fail(line, "validate \"%s\": unexpected [%s] \"%s\"",
			    fmt, dt_errtag_name(tag), msg);
		else
			npass++;
	} else if (rc == 0) {
		fail(line, "validate \"%s\" succeeded, want [%s] \"%s\"", fmt,
		    dt_errtag_name(wtag), wmsg);
	} else if (tag != wtag || strcmp(msg, wmsg) != 0) {
		fail(line, "validate \"%s\": got [%s] \"%s\", want [%s] \"%s\"",
		    fmt, dt_errtag_name(tag), msg, dt_errtag_name(wtag), wmsg);
	} else if (msg[strlen(msg) - 1] == '\n') {
		fail(line, "validate \"%s\": message ends in newline", fmt);
	} else {
		npass++;
	}
	dt_printf_free(pf);
}

#define NA(...) (int)(sizeof ((dt_pfargtype_t[]){ __VA_ARGS__ }) / \
	sizeof (dt_pfargtype_t))
#define VOK(fmt, func, ...) check_val(__LINE__, fmt, func, \
	(dt_pfargtype_t[]){ __VA_ARGS__ }, NA(__VA_ARGS__), D_UNKNOWN, NULL)
#define VOK0(fmt, func) check_val(__LINE__, fmt, func, NULL, 0, \
	D_UNKNOWN, NULL)
#define VERR(fmt, func, tag, msg, ...) check_val(__LINE__, fmt, func, \
	(dt_pfargtype_t[]){ __VA_ARGS__ }, NA(__VA_ARGS__), tag, msg)
#define VERR0(fmt, func, tag, msg) check_val(__LINE__, fmt, func, NULL, 0, \
	tag, msg)

/* ------------------------------------------------------------------ */

static void
test_parse_structure(void)
{
	dt_pfmt_t *pf;
	dt_errtag_t tag;
	char msg[256];
	const dt_pfconv_t *c;

	OK(dt_printf_parse("a%-08.3ldb%%c%*.*xd", &pf, &tag, msg,
	    sizeof (msg)) == 0);
	OK(pf->pf_nconv == 3);
	OK(pf->pf_nargs == 4);
	OK(strcmp(pf->pf_format, "a%-08.3ldb%%c%*.*xd") == 0);
	c = &pf->pf_convs[0];
	OK(c->pfc_prefixlen == 1 && strcmp(c->pfc_prefix, "a") == 0);
	OK(c->pfc_conv == 'd' && c->pfc_class == DT_PFC_INT);
	OK(c->pfc_flags == (DT_PFF_MINUS | DT_PFF_ZERO));
	OK(c->pfc_width == 8 && c->pfc_prec == 3);
	OK(strcmp(c->pfc_length, "l") == 0 && c->pfc_argidx == 0);
	c = &pf->pf_convs[1];
	OK(strcmp(c->pfc_prefix, "b") == 0 && c->pfc_conv == '%' &&
	    c->pfc_class == DT_PFC_PERCENT && c->pfc_argidx == -1);
	c = &pf->pf_convs[2];
	OK(strcmp(c->pfc_prefix, "c") == 0 && c->pfc_conv == 'x' &&
	    c->pfc_class == DT_PFC_UINT);
	OK(c->pfc_width == DT_PF_STAR && c->pfc_prec == DT_PF_STAR &&
	    c->pfc_argidx == 3);
	OK(pf->pf_suffixlen == 1 && strcmp(pf->pf_suffix, "d") == 0);
	dt_printf_free(pf);

	OK(dt_printf_parse("hello\n", &pf, &tag, msg, sizeof (msg)) == 0);
	OK(pf->pf_nconv == 0 && pf->pf_nargs == 0);
	OK(pf->pf_suffixlen == 6 && strcmp(pf->pf_suffix, "hello\n") == 0);
	dt_printf_free(pf);

	/* classes of every conversion */
	OK(dt_printf_parse("%d%i%u%o%x%X%c%s%p%e%E%f%F%g%G%a%A%C%S%Y%T",
	    &pf, &tag, msg, sizeof (msg)) == 0);
	if (pf != NULL) {
		static const dt_pfclass_t want[] = { DT_PFC_INT, DT_PFC_INT,
		    DT_PFC_UINT, DT_PFC_UINT, DT_PFC_UINT, DT_PFC_UINT,
		    DT_PFC_CHAR, DT_PFC_STR, DT_PFC_PTR, DT_PFC_FLOAT,
		    DT_PFC_FLOAT, DT_PFC_FLOAT, DT_PFC_FLOAT, DT_PFC_FLOAT,
		    DT_PFC_FLOAT, DT_PFC_SYM, DT_PFC_SYM, DT_PFC_CHAR,
		    DT_PFC_STR, DT_PFC_UINT, DT_PFC_UINT };
		int i, good = pf->pf_nconv == 21 && pf->pf_nargs == 21;

		for (i = 0; good && i < 21; i++)
			good = pf->pf_convs[i].pfc_class == want[i] &&
			    pf->pf_convs[i].pfc_argidx == i;
		OK(good);
		dt_printf_free(pf);
	}

	/* %@ */
	OK(dt_printf_parse("%@d", &pf, &tag, msg, sizeof (msg)) == 0);
	OK(pf->pf_convs[0].pfc_class == DT_PFC_AGG &&
	    pf->pf_convs[0].pfc_conv == 'd' && pf->pf_nargs == 1);
	dt_printf_free(pf);
	OK(dt_printf_parse("%s %@\n", &pf, &tag, msg, sizeof (msg)) == 0);
	OK(pf->pf_nconv == 2 && pf->pf_convs[1].pfc_class == DT_PFC_AGG &&
	    pf->pf_convs[1].pfc_conv == '@' && pf->pf_convs[1].pfc_argidx == 1);
	OK(strcmp(pf->pf_suffix, "\n") == 0);
	dt_printf_free(pf);

	/* flags in any order, '?' width, "." alone is precision 0 */
	OK(dt_printf_parse("%+ #'?.p", &pf, &tag, msg, sizeof (msg)) == 0);
	c = &pf->pf_convs[0];
	OK(c->pfc_flags == (DT_PFF_PLUS | DT_PFF_SPACE | DT_PFF_ALT |
	    DT_PFF_GROUP) && c->pfc_width == 16 && c->pfc_prec == 0);
	dt_printf_free(pf);

	/* length modifiers kept as written */
	OK(dt_printf_parse("%hhd%llu%Lf%zu%jd%td%hx", &pf, &tag, msg,
	    sizeof (msg)) == 0);
	OK(strcmp(pf->pf_convs[0].pfc_length, "hh") == 0 &&
	    strcmp(pf->pf_convs[1].pfc_length, "ll") == 0 &&
	    strcmp(pf->pf_convs[2].pfc_length, "L") == 0 &&
	    strcmp(pf->pf_convs[3].pfc_length, "z") == 0 &&
	    strcmp(pf->pf_convs[4].pfc_length, "j") == 0 &&
	    strcmp(pf->pf_convs[5].pfc_length, "t") == 0 &&
	    strcmp(pf->pf_convs[6].pfc_length, "h") == 0);
	dt_printf_free(pf);

	/* a NULL pfp is a syntax check only */
	OK(dt_printf_parse("%d", NULL, &tag, msg, sizeof (msg)) == 0);

	/* dt_printf_free(NULL) is harmless */
	dt_printf_free(NULL);
	npass++;
}

static void
test_parse_errors(void)
{
	PERR("", D_PRINTF_FMT_EMPTY, "printf( ) format string is empty");
	PERR("%y", D_PRINTF_ARG_FMT, "format conversion #1 is undefined: %y");
	PERR("%d %k", D_PRINTF_ARG_FMT,
	    "format conversion #2 is undefined: %k");
	PERR("%% %% %q", D_PRINTF_ARG_FMT,
	    "format conversion #3 is undefined: %q");
	PERR("%ws", D_PRINTF_ARG_FMT, "format conversion #1 is undefined: %ws");
	PERR("%lllld", D_PRINTF_ARG_FMT,
	    "format conversion #1 is undefined: %lllld");
	PERR("%@y", D_PRINTF_ARG_FMT, "format conversion #1 is undefined: %y");
	PERR("%!", D_PRINTF_ARG_FMT, "format conversion #1 is undefined: %!");
	PERR("ab%\n", D_PRINTF_ARG_FMT,
	    "format conversion #1 is undefined: %\\n");
	PERR("%\001", D_PRINTF_ARG_FMT,
	    "format conversion #1 is undefined: %\\001");
	PERR("%\"", D_PRINTF_ARG_FMT,
	    "format conversion #1 is undefined: %\"");
	PERR("abc%", D_PRINTF_ARG_FMT, "format conversion #1 name expected "
	    "before end of format string");
	PERR("%d%-5", D_PRINTF_ARG_FMT, "format conversion #2 name expected "
	    "before end of format string");
	PERR("%5%", D_PRINTF_ARG_FMT, "format conversion #1 cannot be "
	    "combined with other format flags: %%");
	PERR("%1$d", D_PRINTF_ARG_FMT, "format conversion #1 uses "
	    "unsupported positional format (%n$)");
	PERR("%**d", D_PRINTF_ARG_FMT, "format conversion #1 has more than "
	    "one '*' specified for the output width");
	PERR("%.**d", D_PRINTF_ARG_FMT, "format conversion #1 has more than "
	    "one '*' specified for the output precision");
	PERR("%1.2.3d", D_PRINTF_ARG_FMT, "format conversion #1 has more "
	    "than one '.' specified");
}

static void
test_integers(void)
{
	/* %d / %i, every flag */
	FMT("42", "%d", I32(42));
	FMT("-42", "%i", I32(-42));
	FMT("+42", "%+d", I32(42));
	FMT(" 42", "% d", I32(42));
	FMT("+42", "%+ d", I32(42));
	FMT("   42", "%5d", I32(42));
	FMT("42   |", "%-5d|", I32(42));
	FMT("00042", "%05d", I32(42));
	FMT("-0042", "%05d", I32(-42));
	FMT("42   |", "%-05d|", I32(42));
	FMT("007", "%.3d", I32(7));
	FMT("  007", "%5.3d", I32(7));
	FMT("", "%.0d", I32(0));
	FMT("1234567", "%'d", I32(1234567));
	FMT("42", "%#d", I32(42));

	/* size and signedness come from the value */
	FMT("-1", "%d", I8(-1));
	FMT("-128", "%d", I8(-128));
	FMT("255", "%d", U8(255));
	FMT("-32768", "%d", I16(-32768));
	FMT("65535", "%d", U16(65535));
	FMT("-2147483648", "%d", I32(INT32_MIN));
	FMT("2147483647", "%d", I32(INT32_MAX));
	FMT("4294967295", "%d", U32(UINT32_MAX));
	FMT("-9223372036854775808", "%d", I64(INT64_MIN));
	FMT("9223372036854775807", "%d", I64(INT64_MAX));
	FMT("18446744073709551615", "%d", U64(UINT64_MAX));
	FMT("18446744073709551615", "%i", U64(UINT64_MAX));
	FMT("-56", "%d", vint(200, 1, 1));  /* truncated to its own size */
	FMT("44", "%d", vint(300, 1, 0));

	/* %u */
	FMT("4294967295", "%u", I32(-1));
	FMT("255", "%u", I8(-1));
	FMT("65535", "%u", I16(-1));
	FMT("18446744073709551615", "%u", I64(-1));
	FMT("9223372036854775808", "%u", I64(INT64_MIN));
	FMT("     7|", "%6u|", U32(7));
	FMT("000007", "%06u", U32(7));
	FMT("7     |", "%-6u|", U32(7));
	FMT("7", "%+u", U32(7));

	/* %o %x %X */
	FMT("777", "%o", I32(0777));
	FMT("0777", "%#o", I32(0777));
	FMT("37777777777", "%o", I32(-1));
	FMT("1777777777777777777777", "%o", U64(UINT64_MAX));
	FMT("ffffffff", "%x", I32(-1));
	FMT("ffffffffffffffff", "%x", I64(-1));
	FMT("ff", "%x", I8(-1));
	FMT("ffff", "%x", I16(-1));
	FMT("FFFFFFFF", "%X", I32(-1));
	FMT("0xff", "%#x", I32(255));
	FMT("0XFF", "%#X", I32(255));
	FMT("0", "%#x", I32(0));
	FMT("000000ff", "%08x", I32(255));
	FMT("ff      |", "%-8x|", I32(255));
	FMT("0x00ff", "%#06x", I32(255));
	FMT("00ff", "%.4x", I32(255));
	FMT("8000000000000000", "%x", I64(INT64_MIN));
	FMT("7FFFFFFFFFFFFFFF", "%X", I64(INT64_MAX));

	/* length modifiers are ignored: the value decides */
	FMT("-5", "%ld", I32(-5));
	FMT("-5", "%lld", I32(-5));
	FMT("300", "%hhd", I32(300));
	FMT("70000", "%hd", I32(70000));
	FMT("ffffffff", "%lx", I32(-1));
	FMT("18446744073709551615", "%zu", U64(UINT64_MAX));
	FMT("-7", "%jd", I64(-7));
	FMT("-7", "%td", I64(-7));
}

static void
test_chars(void)
{
	FMT("A", "%c", I32('A'));
	FMT("A", "%c", I8('A'));
	FMT("A", "%c", I32(0x141));          /* low byte */
	FMT("\0", "%c", I32(0));
	FMT("[\0]", "[%c]", I32(0));
	FMT("\377", "%c", I32(255));
	FMT("\377", "%c", I8(-1));
	FMT("  A", "%3c", I32('A'));
	FMT("A  |", "%-3c|", I32('A'));
	FMT("  A", "%03c", I32('A'));        /* 0 is meaningless for %c */

	/* %C: escaped */
	FMT("A", "%C", I32('A'));
	FMT("\\n", "%C", I32('\n'));
	FMT("\\0", "%C", I32(0));
	FMT("\\377", "%C", I32(255));
	FMT("\\\\", "%C", I32('\\'));
	FMT("  \\t", "%4C", I32('\t'));
}

static void
test_strings(void)
{
	static char longstr[2001];

	memset(longstr, 'x', sizeof (longstr) - 1);

	FMT("hello", "%s", STR("hello"));
	FMT("     hello", "%10s", STR("hello"));
	FMT("hello     |", "%-10s|", STR("hello"));
	FMT("hel", "%.3s", STR("hello"));
	FMT("       hel", "%10.3s", STR("hello"));
	FMT("hel  |", "%-5.3s|", STR("hello"));
	FMT("", "%s", STR(""));
	FMT("     ", "%5s", STR(""));
	FMT("", "%.0s", STR("hello"));
	FMT("hello", "%2s", STR("hello"));
	FMT("[]", "[%s]", STR(NULL));
	FMT("   hello", "%08s", STR("hello"));   /* 0 ignored for %s */
	FMT("a b c", "%s %s %s", STR("a"), STR("b"), STR("c"));
	FMT("42", "%s", I32(42));             /* wrong kind: converted */
	LEN(2000, "%s", STR(longstr));
	LEN(3000, "%3000s", STR(longstr));
	LEN(10, "%.10s", STR(longstr));

	/* %S: escaped */
	FMT("a\\nb\\\"c", "%S", STR("a\nb\"c"));
	FMT("\\001\\377 ~", "%S", STR("\001\377 ~"));
	FMT("\\a\\b\\f\\r\\t\\v\\\\", "%S", STR("\a\b\f\r\t\v\\"));
	FMT("\\n\\", "%.3S", STR("\n\n"));
	FMT("  \\n|", "%4S|", STR("\n"));
	FMT("\\n  |", "%-4S|", STR("\n"));
}

static void
test_pointers(void)
{
	FMT("ffffffff81000000", "%p", U64(0xffffffff81000000ULL));
	FMT("0xffffffff81000000", "%#p", U64(0xffffffff81000000ULL));
	FMT("ffffffff", "%p", I32(-1));
	FMT("0", "%p", I64(0));
	FMT("    1234", "%8p", I64(0x1234));
	FMT("1234    |", "%-8p|", I64(0x1234));
	FMT("00001234", "%08p", I64(0x1234));
	FMT("0000000000001234", "%?.16p", I64(0x1234));
	FMT("            1234", "%?p", I64(0x1234));
}

static void
test_floats(void)
{
	FMT("1.234568e+04", "%e", FLT(12345.678));
	FMT("1.234568E+04", "%E", FLT(12345.678));
	FMT("12345.678000", "%f", FLT(12345.678));
	FMT("INF", "%F", FLT(INFINITY));
	FMT("12345.7", "%g", FLT(12345.678));
	FMT("1E-10", "%G", FLT(1e-10));
	FMT("3.14", "%.2f", FLT(3.14159));
	FMT("    3.14", "%8.2f", FLT(3.14159));
	FMT("3.14    |", "%-8.2f|", FLT(3.14159));
	FMT("-0003.142", "%09.3f", FLT(-3.14159));
	FMT("+1.5", "%+.1f", FLT(1.5));
	FMT(" 1.5", "% .1f", FLT(1.5));
	FMT("3.", "%#.0f", FLT(3.0));
	FMT("2", "%.0f", FLT(2.5));
	FMT("1.00000", "%#g", FLT(1.0));
	FMT("1234567.50", "%'.2f", FLT(1234567.5));  /* C locale */
	FMT("-inf", "%f", FLT(-INFINITY));
	/* integers are converted */
	FMT("3.000000", "%f", I32(3));
	FMT("-1.000000", "%f", I32(-1));
	FMT("4294967295.000000", "%f", U32(UINT32_MAX));
	FMT("1.844674e+19", "%e", U64(UINT64_MAX));
	FMT("-9.223372e+18", "%e", I64(INT64_MIN));
	FMT("255", "%g", U8(255));
	FMT("1.5", "%Lg", FLT(1.5));
}

static void
test_symbols(void)
{
	symctx_t sc = { 0, -1, 0 };

	FMTSYM("vmlinux`do_sys_open+0x10", &sc, "%a",
	    U64(0xffffffff81000010ULL));
	OK(sc.calls == 1 && sc.lastuser == 0 &&
	    sc.lastaddr == 0xffffffff81000010ULL);
	FMTSYM("a.out`main", &sc, "%A", U64(0x401000));
	OK(sc.calls == 2 && sc.lastuser == 1 && sc.lastaddr == 0x401000);
	FMTSYM("0x1234", &sc, "%a", U64(0x1234));   /* symbolizer says -1 */
	FMTSYM("a.out`main      |", &sc, "%-16A|", U64(0x401000));
	FMTSYM("      a.out`main", &sc, "%16A", U64(0x401000));
	FMTSYM("a.out", &sc, "%.5A", U64(0x401000));
	FMTSYM("0xffffffff", &sc, "%a", I32(-1));    /* own size */
	/* no symbolizer: hex */
	FMT("0xffffffff81000010", "%a", U64(0xffffffff81000010ULL));
	FMT("0x401000", "%A", U64(0x401000));
	FMT("  0x10", "%6a", I64(16));
}

static void
test_misc(void)
{
	/* %% and literal text */
	FMT0("100%", "100%%");
	FMT("5%", "%d%%", I32(5));
	FMT0("%%", "%%%%");
	FMT0("hello, world\n", "hello, world\n");
	FMT0("tab\there", "tab\there");
	FMT("<42>", "<%d>", I32(42));
	FMT("a=1 b=two c=3.5\n", "a=%d b=%s c=%.1f\n", I32(1), STR("two"),
	    FLT(3.5));

	/* '*' width and precision: each consumes an argument first */
	FMT("   42", "%*d", I32(5), I32(42));
	FMT("42   |", "%-*d|", I32(5), I32(42));
	FMT("42   |", "%*d|", I32(-5), I32(42));    /* negative: left */
	FMT("007", "%.*d", I32(3), I32(7));
	FMT("    3.14", "%*.*f", I32(8), I32(2), FLT(3.14159));
	FMT("abc", "%.*s", I32(-1), STR("abc"));   /* negative: none */
	FMT("ab", "%.*s", I64(2), STR("abc"));
	FMT("  ab|x", "%*.*s|%s", I32(4), I32(2), STR("abc"), STR("x"));
	FMT("  1|2", "%*d|%d", U8(3), I32(1), I32(2));

	/* huge widths are clamped */
	LEN(8192, "%*d", I64(1000000000), I32(1));
	LEN(8192, "%*d", I64(INT64_MIN), I32(1));
	LEN(8192, "%99999999999d", I32(1));
	LEN(8192, "%-99999d", I32(1));
	LEN(8194, "%.99999f", FLT(1.0));

	/* missing values print as 0 / "" and never crash */
	FMT0("0 [] 0.000000 0", "%d [%s] %f %x");
	FMT("7 0", "%d %d", I32(7));
	FMT0("0", "%*d");

	/* wrong kinds are converted, never crash */
	FMT("0", "%d", STR("12"));
	FMT("3", "%d", FLT(3.9));
	FMT("9223372036854775807", "%d", FLT(1e300));
	FMT("0", "%d", FLT(NAN));

	/* %@ values (printa) */
	FMT("42", "%@d", I64(42));
	FMT("18446744073709551615", "%@u", I64(-1));
	FMT("  -3\n", "%4@\n", I64(-3));
}

static void
test_time(void)
{
	FMT("1970 Jan  1 00:00:00", "%Y", I64(0));
	FMT("2009 Feb 13 23:31:30", "%Y", I64(1234567890000000000LL));
	FMT("  2009 Feb 13 23:31:30|", "%22Y|", I64(1234567890123456789LL));
	FMT("Thu, 01 Jan 1970 00:00:00 UTC", "%T", I64(0));
}

static void
test_validation(void)
{
	/* accepted */
	VOK("%d %i %u %o %x %X\n", "printf", T_INT, T_LONG, T_U64, T_CHAR,
	    T_SHORT, T_UINT);
	VOK("%c%c%c", "printf", T_CHAR, T_SHORT, T_INT);
	VOK("%s %s", "printf", T_STR, T_CARR);
	VOK("%p %p", "printf", T_PTR, T_LONG);
	VOK("%a %A", "printf", T_PTR, T_U64);
	VOK("%e %f %g %E %G %F", "printf", T_DBL, T_INT, T_LONG, T_DBL,
	    T_DBL, T_U64);
	VOK("%*d %.*s %*.*f", "printf", T_INT, T_INT, T_LONG, T_STR,
	    T_CHAR, T_INT, T_DBL);
	VOK("%ld %hhx %Lf %zu", "printf", T_INT, T_LONG, T_INT, T_CHAR);
	VOK("%Y %T", "printf", T_U64, T_LONG);
	VOK("%C %S", "printf", T_CHAR, T_STR);
	VOK0("hello %%\n", "printf");
	VOK0("%@d\n", "printa");
	VOK("%s %@u\n", "printa", T_STR);
	VOK("%s\n", "printa", T_STR, T_INT);     /* printa: keys may be left */
	VOK("%s %@\n", "printa", T_STR);
	VOK("%@x %@f %@p %@a %@Y", "printa", T_INT);

	/* value of the wrong type */
	VERR("%d", "printf", D_PRINTF_ARG_TYPE,
	    "printf( ) argument #2 is incompatible with conversion #1 "
	    "prototype:\n\tconversion: %d\n\t prototype: char, short, int, "
	    "long, or long long\n\t  argument: string", T_STR);
	VERR("%d %s\n", "printf", D_PRINTF_ARG_TYPE,
	    "printf( ) argument #3 is incompatible with conversion #2 "
	    "prototype:\n\tconversion: %s\n\t prototype: char [] or string "
	    "(or use stringof)\n\t  argument: int", T_INT, T_INT);
	VERR("%s", "printf", D_PRINTF_ARG_TYPE,
	    "printf( ) argument #2 is incompatible with conversion #1 "
	    "prototype:\n\tconversion: %s\n\t prototype: char [] or string "
	    "(or use stringof)\n\t  argument: char *", T_PTR);
	VERR("%x", "printf", D_PRINTF_ARG_TYPE,
	    "printf( ) argument #2 is incompatible with conversion #1 "
	    "prototype:\n\tconversion: %x\n\t prototype: char, short, int, "
	    "long, or long long\n\t  argument: char *", T_PTR);
	VERR("%u", "printf", D_PRINTF_ARG_TYPE,
	    "printf( ) argument #2 is incompatible with conversion #1 "
	    "prototype:\n\tconversion: %u\n\t prototype: char, short, int, "
	    "long, or long long\n\t  argument: double", T_DBL);
	VERR("%c", "printf", D_PRINTF_ARG_TYPE,
	    "printf( ) argument #2 is incompatible with conversion #1 "
	    "prototype:\n\tconversion: %c\n\t prototype: char, short, or int"
	    "\n\t  argument: long", T_LONG);
	VERR("%p", "printf", D_PRINTF_ARG_TYPE,
	    "printf( ) argument #2 is incompatible with conversion #1 "
	    "prototype:\n\tconversion: %p\n\t prototype: pointer or integer"
	    "\n\t  argument: string", T_STR);
	VERR("%f", "printf", D_PRINTF_ARG_TYPE,
	    "printf( ) argument #2 is incompatible with conversion #1 "
	    "prototype:\n\tconversion: %f\n\t prototype: float, double, or "
	    "long double\n\t  argument: string", T_STR);
	VERR("%a", "printf", D_PRINTF_ARG_TYPE,
	    "printf( ) argument #2 is incompatible with conversion #1 "
	    "prototype:\n\tconversion: %a\n\t prototype: pointer or integer"
	    "\n\t  argument: struct foo", T_STRUCT);
	VERR("%A", "printf", D_PRINTF_ARG_TYPE,
	    "printf( ) argument #2 is incompatible with conversion #1 "
	    "prototype:\n\tconversion: %A\n\t prototype: pointer or integer "
	    "(with -p/-c) or _usymaddr (without -p/-c)\n\t  argument: string",
	    T_STR);
	VERR("%Y", "printf", D_PRINTF_ARG_TYPE,
	    "printf( ) argument #2 is incompatible with conversion #1 "
	    "prototype:\n\tconversion: %Y\n\t prototype: int64_t\n\t"
	    "  argument: int", T_INT);
	VERR("%ld", "printf", D_PRINTF_ARG_TYPE,
	    "printf( ) argument #2 is incompatible with conversion #1 "
	    "prototype:\n\tconversion: %ld\n\t prototype: char, short, int, "
	    "long, or long long\n\t  argument: string", T_STR);
	VERR("%d", "printf", D_PRINTF_ARG_TYPE,
	    "printf( ) argument #2 is incompatible with conversion #1 "
	    "prototype:\n\tconversion: %d\n\t prototype: char, short, int, "
	    "long, or long long\n\t  argument: void *", T_ANON);
	VERR("%s", "trace", D_PRINTF_ARG_TYPE,
	    "trace( ) argument #2 is incompatible with conversion #1 "
	    "prototype:\n\tconversion: %s\n\t prototype: char [] or string "
	    "(or use stringof)\n\t  argument: int", T_INT);

	/* too few / too many */
	VERR("%d %d\n", "printf", D_PRINTF_ARG_PROTO,
	    "printf( ) prototype mismatch: conversion #2 (%d) is missing a "
	    "corresponding value argument", T_INT);
	VERR0("%% %s", "printf", D_PRINTF_ARG_PROTO,
	    "printf( ) prototype mismatch: conversion #2 (%s) is missing a "
	    "corresponding value argument");
	VERR0("%lx", "printf", D_PRINTF_ARG_PROTO,
	    "printf( ) prototype mismatch: conversion #1 (%lx) is missing a "
	    "corresponding value argument");
	VERR("%d %d", "printa", D_PRINTF_ARG_PROTO,
	    "printa( ) prototype mismatch: conversion #2 (%d) is missing a "
	    "corresponding value argument", T_INT);
	VERR("%d\n", "printf", D_PRINTF_ARG_EXTRA,
	    "printf( ) prototype mismatch: only 1 arguments required by this "
	    "format string", T_INT, T_INT);
	VERR("hello\n", "printf", D_PRINTF_ARG_EXTRA,
	    "printf( ) prototype mismatch: only 0 arguments required by this "
	    "format string", T_INT);
	VERR("%*d", "system", D_PRINTF_ARG_EXTRA,
	    "system( ) prototype mismatch: only 2 arguments required by this "
	    "format string", T_INT, T_INT, T_STR);

	/* '*' arguments */
	VERR0("%*d", "printf", D_PRINTF_DYN_PROTO,
	    "printf( ) prototype mismatch: conversion #1 (%d) is missing a "
	    "corresponding \"*\" argument");
	VERR0("%.*s", "printf", D_PRINTF_DYN_PROTO,
	    "printf( ) prototype mismatch: conversion #1 (%s) is missing a "
	    "corresponding \".*\" argument");
	VERR("%d %*.*d", "printf", D_PRINTF_DYN_PROTO,
	    "printf( ) prototype mismatch: conversion #2 (%d) is missing a "
	    "corresponding \".*\" argument", T_INT, T_INT);
	VERR("%*d", "printf", D_PRINTF_DYN_TYPE,
	    "printf( ) argument #2 is incompatible with conversion #1 "
	    "prototype:\n\tconversion: % * d\n\t prototype: int\n\t"
	    "  argument: string", T_STR, T_INT);
	VERR("%s%.*f", "printf", D_PRINTF_DYN_TYPE,
	    "printf( ) argument #3 is incompatible with conversion #2 "
	    "prototype:\n\tconversion: % .* f\n\t prototype: int\n\t"
	    "  argument: double", T_STR, T_DBL, T_DBL);
	VERR("%*d", "printf", D_PRINTF_ARG_PROTO,
	    "printf( ) prototype mismatch: conversion #1 (%d) is missing a "
	    "corresponding value argument", T_INT);

	/* %@ */
	VERR0("%@d", "printf", D_PRINTF_AGG_CONV,
	    "%@ conversion requires an aggregation and is not for use with "
	    "printf( )");
	VERR0("%@\n", "printf", D_PRINTF_AGG_CONV,
	    "%@ conversion requires an aggregation and is not for use with "
	    "printf( )");
	VERR0("%@s", "printa", D_PRINTF_ARG_TYPE,
	    "printa( ) aggregating action is incompatible with conversion "
	    "#1 prototype:\n\tconversion: %s\n\t prototype: char [] or "
	    "string (or use stringof)\n\t  argument: int64_t");
	VERR("%d %@d %d", "printa", D_PRINTF_ARG_TYPE,
	    "printa( ) argument #3 is incompatible with conversion #3 "
	    "prototype:\n\tconversion: %d\n\t prototype: char, short, int, "
	    "long, or long long\n\t  argument: string", T_INT, T_STR);

	/* an empty format reaching validate (built by hand) */
	{
		dt_pfmt_t pf;
		dt_errtag_t tag = D_UNKNOWN;
		char msg[128] = "";

		memset(&pf, 0, sizeof (pf));
		pf.pf_format = (char *)"";
		OK(dt_printf_validate(&pf, "printa", NULL, 0, &tag, msg,
		    sizeof (msg)) == -1 && tag == D_PRINTF_FMT_EMPTY &&
		    strcmp(msg, "printa( ) format string is empty") == 0);
	}

	/* NULL msg / tag pointers are allowed */
	{
		dt_pfmt_t *pf = NULL;

		OK(dt_printf_parse("%y", &pf, NULL, NULL, 0) == -1 &&
		    pf == NULL);
		OK(dt_printf_parse("%d", &pf, NULL, NULL, 0) == 0);
		OK(dt_printf_validate(pf, "printf", NULL, 0, NULL, NULL,
		    0) == -1);
		dt_printf_free(pf);
	}
}

/* Output errors are reported as -1. */
static void
test_output_error(void)
{
	dt_pfmt_t *pf;
	dt_errtag_t tag;
	char msg[128];
	dt_pfval_t v = I32(1);
	FILE *fp = fopen("/dev/full", "w");

	if (fp == NULL) {
		npass++;
		return;
	}
	setvbuf(fp, NULL, _IONBF, 0);
	OK(dt_printf_parse("x%dy\n", &pf, &tag, msg, sizeof (msg)) == 0);
	OK(dt_printf_format(fp, pf, &v, 1, NULL, NULL) == -1);
	OK(dt_printf_format(NULL, pf, &v, 1, NULL, NULL) == -1);
	dt_printf_free(pf);
	fclose(fp);
}

int
main(void)
{
	setenv("TZ", "UTC", 1);
	tzset();

	test_parse_structure();
	test_parse_errors();
	test_integers();
	test_chars();
	test_strings();
	test_pointers();
	test_floats();
	test_symbols();
	test_misc();
	test_time();
	test_validation();
	test_output_error();

	printf("test_printf: %d passed, %d failed\n", npass, nfail);
	return nfail != 0;
}
