/*
 * dt_print.c -- print(): a recorded value printed by its type.
 *
 * The code generator records print()'s argument as trace() would, except
 * that a struct, union or array is recorded whole; the record keeps the
 * argument's D type (a kernel type from BTF or one declared in D).  Here
 * the bytes are walked by that type and printed as DTrace prints them,
 * which is mdb's "::print -tn":
 *
 *   - a scalar at the top: "type value" and a newline: "int 0xa";
 *   - integers and pointers in hex ("%#x", so zero is "0"), as raw bits
 *     whatever their sign; chars as 'c', '\0' or '\ooo'; enums by name
 *     (or the number); floating point as "%+.7e";
 *   - a struct or union: "type {", one member a line, "type name = value"
 *     ("type *name" without the space, " :bits" after a bit-field's name),
 *     indented four spaces a level, then "}" under the type -- and no
 *     newline after the outermost "}";
 *   - an array: "[ v, v, v ]"; an array of structs puts each element on
 *     lines of its own; a char array holding printable characters and a
 *     NUL prints as [ "text" ], without the brackets at the top (D's
 *     string is such an array) and as an element of an array.
 *
 * Levels: a member's line is indented 4 spaces per level; the members of
 * a struct at level L are at L + 1, and so are the elements of an array.
 */
#include <string.h>
#include <stdlib.h>
#include "dt_print.h"
#include "dt_sym.h"
#include "../sema/dt_btf.h"

typedef struct dt_prctx {
	dtrace_hdl_t *pc_dtp;
	FILE *pc_out;
	const unsigned char *pc_buf;   /* the recorded bytes */
	size_t pc_size;
} dt_prctx_t;

static void dt_print_val(dt_prctx_t *, const dt_type_t *, size_t bitoff,
    uint32_t bits, int level, int nobr);

/* n (<= 8) bytes at off as a little-endian number; 0 past the record */
static uint64_t
dt_print_bytes(const dt_prctx_t *pc, size_t off, size_t n)
{
	uint64_t v = 0;

	for (size_t i = 0; i < n && i < 8; i++)
		if (off + i < pc->pc_size)
			v |= (uint64_t)pc->pc_buf[off + i] << (8 * i);
	return v;
}

/* printable as the C locale's isprint() has it */
static int
dt_print_isprint(int c)
{
	return c >= 0x20 && c <= 0x7e;
}

static void
dt_print_indent(dt_prctx_t *pc, int level)
{
	fprintf(pc->pc_out, "%*s", level * 4, "");
}

/* the type's name as C spells it: an anonymous struct is "struct ", an
 * array of arrays "int [2][3]" */
static void
dt_print_tname(const dt_type_t *t, char *buf, size_t len)
{
	const char *s = dt_type_name(t), *a;
	size_t n = 0;

	if (t->dt_kind == DT_TK_ARRAY) {
		const dt_type_t *e = t;
		char dims[128] = "";
		size_t dn = 0;
		while (e->dt_kind == DT_TK_ARRAY && dn < sizeof(dims)) {
			dn += (size_t)snprintf(dims + dn, sizeof(dims) - dn,
			    "[%zu]", e->dt_nelems);
			e = e->dt_base;
		}
		dt_print_tname(e, buf, len);
		n = strlen(buf);
		snprintf(buf + n, len - n, " %s", dims);
		return;
	}

	while ((a = strstr(s, "<anon>")) != NULL && n + 1 < len) {
		size_t k = (size_t)(a - s);
		if (k > len - n - 1)
			k = len - n - 1;
		memcpy(buf + n, s, k);
		n += k;
		s = a + 6;
	}
	snprintf(buf + n, len - n, "%s", s);
}

/* a char, as opposed to a small integer: printed as a character */
static int
dt_print_ischar(const dt_type_t *rt)
{
	return rt->dt_kind == DT_TK_INT && rt->dt_size == 1 &&
	    (rt->dt_signed || strcmp(rt->dt_name, "char") == 0);
}

static void
dt_print_char(dt_prctx_t *pc, int c)
{
	if (dt_print_isprint(c))
		fprintf(pc->pc_out, "'%c'", c);
	else if (c == 0)
		fprintf(pc->pc_out, "'\\0'");
	else    /* as DTrace: the char is signed, so \37777777601 for 0x81 */
		fprintf(pc->pc_out, "'\\%03o'", (int)(signed char)c);
}

static void
dt_print_hex(dt_prctx_t *pc, size_t off, size_t size)
{
	uint64_t v = dt_print_bytes(pc, off, size);

	switch (size) {
	case 1: case 2: case 4:
		fprintf(pc->pc_out, "%#x", (unsigned)v);
		break;
	case 8:
		fprintf(pc->pc_out, "%#llx", (unsigned long long)v);
		break;
	default:
		fprintf(pc->pc_out, "<invalid size %u>", (unsigned)size);
	}
}

/* a bit-field's width shown after its name: not a whole, aligned int */
static int
dt_print_isbitfield(const dt_type_t *rt, size_t bitoff, uint32_t bits)
{
	return bits != 0 && (bits % 8 != 0 || bitoff % 8 != 0 ||
	    bits / 8 != rt->dt_size);
}

static void
dt_print_int(dt_prctx_t *pc, const dt_type_t *rt, size_t bitoff,
    uint32_t bits)
{
	if (dt_print_isbitfield(rt, bitoff, bits)) {
		uint32_t sh = bitoff % 8;
		uint64_t v = dt_print_bytes(pc, bitoff / 8, (sh + bits + 7) / 8);
		v >>= sh;
		if (sh + bits > 64)     /* a 64-bit field not byte-aligned */
			v |= dt_print_bytes(pc, bitoff / 8 + 8, 1) << (64 - sh);
		if (bits < 64)
			v &= (1ULL << bits) - 1;
		fprintf(pc->pc_out, "%#llx", (unsigned long long)v);
		return;
	}
	if (dt_print_ischar(rt)) {
		dt_print_char(pc, (int)dt_print_bytes(pc, bitoff / 8, 1));
		return;
	}
	dt_print_hex(pc, bitoff / 8, rt->dt_size);
}

static void
dt_print_enum(dt_prctx_t *pc, const dt_type_t *rt, size_t off)
{
	uint64_t u = dt_print_bytes(pc, off, rt->dt_size);
	int64_t v;

	switch (rt->dt_size) {
	case 1: case 2: v = (int64_t)u; break;
	case 4: v = (int32_t)u; break;
	default: v = (int64_t)u;
	}
	for (const dt_enumval_t *e = rt->dt_enums; e != NULL; e = e->de_next) {
		if (e->de_value == v) {
			fprintf(pc->pc_out, "%s", e->de_name);
			return;
		}
	}
	if (rt->dt_size <= 4)
		fprintf(pc->pc_out, "%d", (int)v);
	else
		fprintf(pc->pc_out, "%lld", (long long)v);
}

static void
dt_print_float(dt_prctx_t *pc, const dt_type_t *rt, size_t off)
{
	unsigned char b[16] = { 0 };

	for (size_t i = 0; i < rt->dt_size && i < sizeof(b); i++)
		b[i] = off + i < pc->pc_size ? pc->pc_buf[off + i] : 0;
	if (rt->dt_size == sizeof(float)) {
		float f;
		memcpy(&f, b, sizeof(f));
		fprintf(pc->pc_out, "%+.7e", f);
	} else if (rt->dt_size == sizeof(double)) {
		double d;
		memcpy(&d, b, sizeof(d));
		fprintf(pc->pc_out, "%+.7e", d);
	} else if (rt->dt_size == sizeof(long double)) {
		long double d;
		memcpy(&d, b, sizeof(d));
		fprintf(pc->pc_out, "%+.16LE", d);
	} else {
		fprintf(pc->pc_out, "<unknown encoding>");
	}
}

/* a pointer in hex; a function pointer by its symbol when it has one */
static void
dt_print_ptr(dt_prctx_t *pc, const dt_type_t *rt, size_t off)
{
	const dt_type_t *bt = dt_type_resolve(rt->dt_base);

	if (bt != NULL && bt->dt_kind == DT_TK_FUNC) {
		char obj[256] = "", func[256] = "";
		uint64_t a = dt_print_bytes(pc, off, 8);
		if (a != 0)
			dt_sym_parts(pc->pc_dtp, 0, a, obj, sizeof(obj), func,
			    sizeof(func));
		if (func[0] != '\0' && obj[0] != '\0') {
			fprintf(pc->pc_out, "%s`%s", obj, func);
			return;
		}
	}
	dt_print_hex(pc, off, 8);
}

/* one member of a struct (or union) on its line: type, name, value */
static void
dt_print_member(dt_prctx_t *pc, const char *name, const dt_type_t *t,
    size_t bitoff, uint32_t bits, int level)
{
	const dt_type_t *rt = dt_type_resolve(t);
	char tname[512];
	size_t n;

	dt_print_tname(t, tname, sizeof(tname));
	n = strlen(tname);
	dt_print_indent(pc, level);
	fputs(tname, pc->pc_out);
	if (name != NULL && name[0] != '\0') {
		/* "void *p", and nothing more after "struct " */
		if (n > 0 && tname[n - 1] != '*' && tname[n - 1] != ' ')
			fputc(' ', pc->pc_out);
		fputs(name, pc->pc_out);
		if (rt->dt_kind == DT_TK_INT &&
		    dt_print_isbitfield(rt, bitoff, bits))
			fprintf(pc->pc_out, " :%u", bits);
		fputs(" =", pc->pc_out);
	}
	fputc(' ', pc->pc_out);
	dt_print_val(pc, t, bitoff, bits, level, 0);
	fputc('\n', pc->pc_out);
}

static void
dt_print_sou(dt_prctx_t *pc, dt_type_t *rt, size_t bitoff, int level)
{
	if (!rt->dt_defined && rt->dt_btfid != 0)
		dt_btf_complete(pc->pc_dtp, rt);
	fputs("{\n", pc->pc_out);
	for (const dt_member_t *m = rt->dt_members; m != NULL; m = m->dm_next)
		dt_print_member(pc, m->dm_name, m->dm_type,
		    bitoff + m->dm_offset, m->dm_bits, level + 1);
	dt_print_indent(pc, level);
	fputc('}', pc->pc_out);
}

/* n elements of type et at byte off; nobr: a string without [ ] */
static void
dt_print_array(dt_prctx_t *pc, const dt_type_t *et, size_t n, size_t off,
    int level, int nobr)
{
	const dt_type_t *rt = dt_type_resolve(et);
	size_t esz = dt_type_size(rt), i = 0;
	int sou = rt->dt_kind == DT_TK_STRUCT || rt->dt_kind == DT_TK_UNION;
	int str = 0;
	FILE *out = pc->pc_out;
	char tname[512];

	if (dt_print_ischar(rt)) {
		int c = 0;
		for (i = 0; i < n; i++) {
			c = (int)dt_print_bytes(pc, off + i, 1);
			if (!dt_print_isprint(c))
				break;
		}
		str = i < n && c == 0;
	}
	if (!str || !nobr)
		fputs("[ ", out);
	if (str) {
		fputc('"', out);
		for (i = 0; i < n && off + i < pc->pc_size &&
		    pc->pc_buf[off + i] != 0; i++)
			fputc(pc->pc_buf[off + i], out);
		fputc('"', out);
	} else {
		dt_print_tname(et, tname, sizeof(tname));
		for (i = 0; i < n; i++) {
			if (sou) {
				fputc('\n', out);
				dt_print_indent(pc, level + 1);
				fprintf(out, "%s ", tname);
			}
			dt_print_val(pc, et, (off + i * esz) * 8, 0, level + 1, 1);
			if (i + 1 < n)
				fputs(", ", out);
			else if (sou)
				fputc('\n', out);
		}
	}
	if (!str || !nobr) {
		if (sou)
			dt_print_indent(pc, level);
		else
			fputc(' ', out);
		fputc(']', out);
	}
}

static void
dt_print_val(dt_prctx_t *pc, const dt_type_t *t, size_t bitoff,
    uint32_t bits, int level, int nobr)
{
	dt_type_t *rt = (dt_type_t *)dt_type_resolve(t);
	size_t off = bitoff / 8;

	switch (rt->dt_kind) {
	case DT_TK_INT:
		dt_print_int(pc, rt, bitoff, bits);
		break;
	case DT_TK_ENUM:
		dt_print_enum(pc, rt, off);
		break;
	case DT_TK_FLOAT:
		dt_print_float(pc, rt, off);
		break;
	case DT_TK_PTR:
		dt_print_ptr(pc, rt, off);
		break;
	case DT_TK_ARRAY:
		dt_print_array(pc, rt->dt_base, rt->dt_nelems, off, level, nobr);
		break;
	case DT_TK_STRING:
		/* DTrace's string is a char[strsize] */
		dt_print_array(pc, dt_typetab_builtins(pc->pc_dtp->dt_types)->
		    bt_char, pc->pc_dtp->dt_opts.do_strsize, off, level, nobr);
		break;
	case DT_TK_STRUCT:
	case DT_TK_UNION:
		dt_print_sou(pc, rt, bitoff, level);
		break;
	default:
		fprintf(pc->pc_out, "<invalid type %s>", dt_type_name(t));
	}
}

void
dt_print_value(dtrace_hdl_t *dtp, FILE *out, const dt_type_t *t,
    const char *p, size_t size)
{
	const dt_type_t *rt = dt_type_resolve(t);
	dt_prctx_t pc = { dtp, out, (const unsigned char *)p, size };
	unsigned char *copy = NULL;
	char tname[512];

	if (dt_type_is_string(t)) {
		/* what follows the NUL is not data */
		size_t n = strnlen(p, size);
		if ((copy = calloc(1, size + 1)) != NULL) {
			memcpy(copy, p, n);
			pc.pc_buf = copy;
		}
	}
	dt_print_tname(t, tname, sizeof(tname));
	fprintf(out, "%s ", tname);
	dt_print_val(&pc, t, 0, 0, 0, 1);
	if (rt->dt_kind != DT_TK_STRUCT && rt->dt_kind != DT_TK_UNION)
		fputc('\n', out);
	free(copy);
}
