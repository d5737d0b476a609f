/*
 * dt_options.c -- "-x name[=value]" and "#pragma D option": one table of
 * the options DTrace users know, each with a parser for its value kind.
 *
 * The kinds follow DTrace's dtrace_setopt() (illumos and Oracle's Linux
 * port read alike; .optspec of the opts branch cites them):
 *
 *   flag   compile-time switches (errtags, zdefs...): no value at all
 *   bool   run-time switches (quiet, flowindent...): no value, a number
 *          (any number sets it, even 0, as in DTrace), yes/on/true/...
 *          set it, no/off/false/... and "" clear it
 *   count  run-time scalars (nspec, stackframes...): a number, base 0;
 *          no value is 0
 *   size   "4m", "256", "0x1000": a number times k/m/g/t; no value is 0
 *   rate   "10hz", "5ms", "100": a bare number is nanoseconds, as in
 *          DTrace; stored as the period in ns
 *   word   one of a list (bufpolicy=fill, fbtmode=kprobe)
 *
 * Only the syntax is checked here, and the ranges DTrace checks when the
 * option is set (strsize).  Sizes and rates that can only be judged once
 * the program is known (bufsize 0, cleanrate out of bounds) are checked
 * when tracing starts (dt_opt_check, dt_bpf.c).  Errors use DTrace's
 * words: "Invalid option name" / "Invalid value for specified option".
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stddef.h>
#include <errno.h>
#include "dt_impl.h"

typedef enum { DT_OPT_FLAG, DT_OPT_BOOL, DT_OPT_COUNT, DT_OPT_SIZE,
    DT_OPT_RATE, DT_OPT_WORD, DT_OPT_IGNORE } dt_optkind_t;

typedef struct dt_option {
	const char *o_name;
	dt_optkind_t o_kind;
	size_t o_off;        /* offset in dt_opts_t */
	const char *const *o_words;  /* DT_OPT_WORD: the values, stored as
	                                their index (an int) */
} dt_option_t;

static const char *const dt_bufpolicies[] = { "switch", "fill", "ring", NULL };
static const char *const dt_fbtmodes[] = { "auto", "fentry", "kprobe", NULL };

#define O(f) offsetof(dt_opts_t, f)

static const dt_option_t dt_options[] = {
	{ "aggrate", DT_OPT_RATE, O(do_aggrate) },
	{ "aggsize", DT_OPT_SIZE, O(do_aggsize) },
	{ "aggsortkey", DT_OPT_BOOL, O(do_aggsortkey) },
	{ "aggsortkeypos", DT_OPT_COUNT, O(do_aggsortkeypos) },
	{ "aggsortpos", DT_OPT_COUNT, O(do_aggsortpos) },
	{ "aggsortrev", DT_OPT_BOOL, O(do_aggsortrev) },
	{ "argref", DT_OPT_FLAG, O(do_argref) },
	{ "bufpolicy", DT_OPT_WORD, O(do_bufpolicy), dt_bufpolicies },
	{ "bufsize", DT_OPT_SIZE, O(do_bufsize) },
	{ "cleanrate", DT_OPT_RATE, O(do_cleanrate) },
	{ "defaultargs", DT_OPT_FLAG, O(do_defaultargs) },
	{ "destructive", DT_OPT_BOOL, O(do_destructive) },
	{ "dynvarsize", DT_OPT_SIZE, O(do_dynvarsize) },
	{ "errtags", DT_OPT_FLAG, O(do_errtags) },
	{ "fbtmode", DT_OPT_WORD, O(do_fbtmode), dt_fbtmodes },
	{ "flowindent", DT_OPT_BOOL, O(do_flowindent) },
	{ "loopmax", DT_OPT_COUNT, O(do_loopmax) },
	{ "nspec", DT_OPT_COUNT, O(do_nspec) },
	{ "quiet", DT_OPT_BOOL, O(do_quiet) },
	{ "rawbytes", DT_OPT_BOOL, O(do_rawbytes) },
	{ "specsize", DT_OPT_SIZE, O(do_specsize) },
	{ "stackframes", DT_OPT_COUNT, O(do_stackframes) },
	{ "statusrate", DT_OPT_RATE, O(do_statusrate) },
	{ "strsize", DT_OPT_SIZE, O(do_strsize) },
	{ "switchrate", DT_OPT_RATE, O(do_switchrate) },
	{ "ustackframes", DT_OPT_COUNT, O(do_ustackframes) },
	{ "verbose", DT_OPT_FLAG, O(do_verbose) },
	{ "zdefs", DT_OPT_FLAG, O(do_zdefs) },
	/* accepted for compatibility; they change nothing here */
	{ "temporal", DT_OPT_IGNORE, 0 },
};

/* strsize: room for "" at least (Oracle DTrace), at most what our string
 * scratch in BPF can hold */
#define DT_STRSIZE_MIN 2
#define DT_STRSIZE_MAX 4096

/* a plain number, base 0 as strtoull; no sign, nothing after it */
static int
dt_opt_number(const char *v, const char **end, uint64_t *out)
{
	char *e;

	while (*v == ' ' || *v == '\t')
		v++;
	if (*v == '-' || *v == '+')
		return -1;
	errno = 0;
	*out = strtoull(v, &e, 0);
	if (errno != 0 || e == v)
		return -1;
	*end = e;
	return 0;
}

static int
dt_opt_size(const char *v, uint64_t *out)
{
	const char *end;
	uint64_t n, mul = 1;

	if (v == NULL) {
		*out = 0;
		return 0;
	}
	if (dt_opt_number(v, &end, &n) != 0)
		return -1;
	switch (*end) {
	case 't': case 'T': mul <<= 10; /* FALLTHROUGH */
	case 'g': case 'G': mul <<= 10; /* FALLTHROUGH */
	case 'm': case 'M': mul <<= 10; /* FALLTHROUGH */
	case 'k': case 'K': mul <<= 10; end++; break;
	default: break;
	}
	if (*end != '\0' || n > UINT64_MAX / mul)
		return -1;
	*out = n * mul;
	return 0;
}

/* a time: a period with a unit ("5ms", bare = ns) or a frequency ("10hz") */
static int
dt_opt_rate(const char *v, uint64_t *out)
{
	static const struct { const char *u; uint64_t ns; } units[] = {
		{ "", 1 }, { "ns", 1 }, { "nsec", 1 }, { "us", 1000 },
		{ "usec", 1000 }, { "ms", 1000000 }, { "msec", 1000000 },
		{ "s", 1000000000ULL }, { "sec", 1000000000ULL },
		{ "m", 60000000000ULL }, { "min", 60000000000ULL },
		{ "h", 3600000000000ULL }, { "hour", 3600000000000ULL },
		{ "d", 86400000000000ULL }, { "day", 86400000000000ULL },
	};
	const char *end;
	uint64_t n;

	if (v == NULL) {
		*out = 0;
		return 0;
	}
	if (dt_opt_number(v, &end, &n) != 0)
		return -1;
	if (strcasecmp(end, "hz") == 0) {
		*out = n != 0 ? 1000000000ULL / n : 0;
		return 0;
	}
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strcasecmp(end, units[i].u) == 0) {
			if (n > UINT64_MAX / units[i].ns)
				return -1;
			*out = n * units[i].ns;
			return 0;
		}
	return -1;
}

/*
 * DTrace's run-time value: no value or a number sets the option (to the
 * number), "" and the negative words clear it.  Returns 1 set, 0 clear.
 */
static int
dt_opt_runtime(const char *v, uint64_t *out)
{
	static const char *const yes[] = { "yes", "enable", "enabled", "true",
	    "on", "set" };
	static const char *const no[] = { "no", "disable", "disabled",
	    "false", "off", "unset" };
	const char *end;

	*out = 0;
	if (v == NULL)
		return 1;
	if (*v == '\0')
		return 0;
	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		if (strcasecmp(v, yes[i]) == 0) {
			*out = 1;
			return 1;
		}
		if (strcasecmp(v, no[i]) == 0)
			return 0;
	}
	if (dt_opt_number(v, &end, out) != 0 || *end != '\0')
		return -1;
	return 1;
}

static int
dt_opt_badval(dtrace_hdl_t *dtp)
{
	return dt_set_errmsg(dtp, "Invalid value for specified option");
}

int
dt_opt_set(dtrace_hdl_t *dtp, const char *name, const char *value)
{
	const dt_option_t *o = NULL;
	uint64_t v = 0;
	int set;

	for (size_t i = 0; i < sizeof(dt_options) / sizeof(dt_options[0]); i++)
		if (strcmp(dt_options[i].o_name, name) == 0)
			o = &dt_options[i];
	if (o == NULL)
		return dt_set_errmsg(dtp, "Invalid option name");
	char *base = (char *)&dtp->dt_opts;
	switch (o->o_kind) {
	case DT_OPT_FLAG:
		if (value != NULL)
			return dt_opt_badval(dtp);
		*(int *)(base + o->o_off) = 1;
		return 0;
	case DT_OPT_BOOL:
		if ((set = dt_opt_runtime(value, &v)) < 0)
			return dt_opt_badval(dtp);
		*(int *)(base + o->o_off) = set;
		return 0;
	case DT_OPT_COUNT:
		/* a clearing word leaves a count as it is */
		if ((set = dt_opt_runtime(value, &v)) < 0)
			return dt_opt_badval(dtp);
		if (set == 0)
			return 0;
		if (o->o_off == O(do_loopmax) && (v == 0 || v >= DT_LOOP_MAX))
			return dt_opt_badval(dtp);
		break;
	case DT_OPT_SIZE:
		if (dt_opt_size(value, &v) != 0)
			return dt_opt_badval(dtp);
		if (o->o_off == O(do_strsize) &&
		    (v < DT_STRSIZE_MIN || v > DT_STRSIZE_MAX))
			return dt_opt_badval(dtp);
		break;
	case DT_OPT_RATE:
		if (dt_opt_rate(value, &v) != 0)
			return dt_opt_badval(dtp);
		break;
	case DT_OPT_WORD:
		for (int i = 0; value != NULL && o->o_words[i] != NULL; i++)
			if (strcmp(value, o->o_words[i]) == 0) {
				*(int *)(base + o->o_off) = i;
				return 0;
			}
		return dt_opt_badval(dtp);
	case DT_OPT_IGNORE:
		return 0;
	}
	*(uint64_t *)(base + o->o_off) = v;
	return 0;
}

/*
 * When tracing starts: the bounds DTrace's kernel puts on the cleaning
 * and status rates (illumos dtrace_state_go).  dtrace(1) compares the
 * values before and after to say what changed, as DTrace does.
 */
#define DT_CLEANRATE_MIN 200000ULL               /* 5000 hz */
#define DT_CLEANRATE_MAX (60 * 1000000000ULL)    /* once a minute */
#define DT_STATUSRATE_MAX (10 * 1000000000ULL)   /* once in 10 s */

void
dt_opt_clamp(dtrace_hdl_t *dtp)
{
	dt_opts_t *o = &dtp->dt_opts;

	if (o->do_statusrate > DT_STATUSRATE_MAX)
		o->do_statusrate = DT_STATUSRATE_MAX;
	if (o->do_cleanrate == 0 || o->do_cleanrate > DT_CLEANRATE_MAX)
		o->do_cleanrate = DT_CLEANRATE_MAX;
	if (o->do_cleanrate < DT_CLEANRATE_MIN)
		o->do_cleanrate = DT_CLEANRATE_MIN;
}
