/*
 * dt_printf.h -- D's printf(): format strings parsed once at compile time,
 * checked against the argument types, and applied in user space to the
 * values the BPF program recorded.
 *
 * Compile time: dt_printf_parse() splits a format into conversions;
 * dt_printf_validate() checks the arguments' types the way DTrace does and
 * produces DTrace's messages and tags.  Run time: dt_printf_format() writes
 * the formatted text of one record to a FILE.
 *
 * The format object is immutable after parsing and is shared by every
 * record of the statement that uses it.
 */
#ifndef DT_PRINTF_H
#define DT_PRINTF_H

#include <stdint.h>
#include <stdio.h>
#include "../lib/dt_errtags.h"

/* What a conversion consumes. */
typedef enum dt_pfclass {
	DT_PFC_INT,     /* d i: signed integer */
	DT_PFC_UINT,    /* u o x X: integer printed unsigned */
	DT_PFC_CHAR,    /* c */
	DT_PFC_STR,     /* s */
	DT_PFC_PTR,     /* p */
	DT_PFC_FLOAT,   /* e E f F g G: accepts integers too (converted) */
	DT_PFC_SYM,     /* a A: kernel/user address printed symbolically */
	DT_PFC_AGG,     /* @ : an aggregation value (printa only) */
	DT_PFC_PERCENT, /* %% : consumes nothing */
} dt_pfclass_t;

#define DT_PFF_MINUS  0x01 /* - */
#define DT_PFF_ZERO   0x02 /* 0 */
#define DT_PFF_PLUS   0x04 /* + */
#define DT_PFF_SPACE  0x08 /* ' ' */
#define DT_PFF_ALT    0x10 /* # */
#define DT_PFF_GROUP  0x20 /* ' (thousands grouping) */

#define DT_PF_NONE (-1)  /* no width / precision given */
#define DT_PF_STAR (-2)  /* width / precision taken from an argument */

typedef struct dt_pfconv {
	char *pfc_prefix;       /* literal text before the conversion (decoded) */
	size_t pfc_prefixlen;
	char pfc_conv;          /* the conversion character: 'd', 's', ... */
	char pfc_length[3];     /* length modifier as written: "", "h", "hh", "l", "ll", "z", "j", "t", "L" */
	dt_pfclass_t pfc_class;
	int pfc_flags;          /* DT_PFF_* */
	int pfc_width;          /* >= 0, DT_PF_NONE or DT_PF_STAR */
	int pfc_prec;           /* >= 0, DT_PF_NONE or DT_PF_STAR */
	int pfc_argidx;         /* index of the value argument (after * args) */
} dt_pfconv_t;

typedef struct dt_pfmt {
	char *pf_format;        /* the original format string */
	dt_pfconv_t *pf_convs;
	int pf_nconv;
	char *pf_suffix;        /* literal text after the last conversion */
	size_t pf_suffixlen;
	int pf_nargs;           /* value arguments consumed, * arguments included */
} dt_pfmt_t;

/* Argument types as the semantic pass sees them. */
typedef enum dt_pfakind {
	DT_PFA_INT,     /* any integer type, incl. enums and char */
	DT_PFA_STRING,  /* D string or char array */
	DT_PFA_PTR,     /* pointer */
	DT_PFA_FLOAT,   /* float/double */
	DT_PFA_OTHER,   /* struct, union, void ... */
} dt_pfakind_t;

typedef struct dt_pfargtype {
	dt_pfakind_t pat_kind;
	int pat_size;           /* bytes */
	int pat_signed;
	const char *pat_name;   /* type name for messages: "int", "string", "char *" */
} dt_pfargtype_t;

/*
 * Parse a format.  Returns 0 and sets *pfp, or -1 with a DTrace-style
 * message in msg and the tag in *tagp (e.g. D_PRINTF_ARG_FMT for an
 * undefined conversion, D_PRINTF_FMT_EMPTY for "").
 */
int dt_printf_parse(const char *fmt, dt_pfmt_t **pfp, dt_errtag_t *tagp,
    char *msg, size_t msglen);
void dt_printf_free(dt_pfmt_t *);

/*
 * Check the arguments that follow the format in a call of function 'func'
 * ("printf", "printa"...).  args[0] is the first argument after the format.
 * Returns 0, or -1 with DTrace's message and tag (D_PRINTF_ARG_TYPE,
 * D_PRINTF_ARG_EXTRA, D_PRINTF_DYN_PROTO, D_PRINTF_DYN_TYPE, ...).
 */
int dt_printf_validate(const dt_pfmt_t *, const char *func,
    const dt_pfargtype_t *args, int nargs, dt_errtag_t *tagp,
    char *msg, size_t msglen);

/* A recorded value handed to the formatter. */
typedef enum dt_pfvkind {
	DT_PFV_INT, DT_PFV_STR, DT_PFV_FLOAT,
	DT_PFV_TEXT,    /* printed as is, whatever the conversion (histograms) */
} dt_pfvkind_t;

typedef struct dt_pfval {
	dt_pfvkind_t pv_kind;
	int64_t pv_int;         /* DT_PFV_INT: value, already sign/zero-extended */
	int pv_size;            /* DT_PFV_INT: size of the source type in bytes */
	int pv_signed;          /* DT_PFV_INT: source type is signed */
	const char *pv_str;     /* DT_PFV_STR: NUL-terminated */
	double pv_float;        /* DT_PFV_FLOAT */
} dt_pfval_t;

/*
 * Optional symbolizer for %a/%A: write the symbol for addr into buf and
 * return 0, or return -1 to print the address in hex.
 */
typedef int dt_pfsym_f(void *arg, int user, uint64_t addr, char *buf,
    size_t len);

/*
 * Format one record.  vals[] holds pf_nargs values in argument order (a *
 * width or precision is a DT_PFV_INT value of its own).  Returns the number
 * of bytes written, or -1 on an output error.
 */
int dt_printf_format(FILE *, const dt_pfmt_t *, const dt_pfval_t *vals,
    int nvals, dt_pfsym_f *sym, void *symarg);

/* The same, into a malloc'd string (used by tests and sprintf-like uses). */
char *dt_printf_sformat(const dt_pfmt_t *, const dt_pfval_t *vals, int nvals);

#endif /* DT_PRINTF_H */
