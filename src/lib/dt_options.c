/*
 * dt_options.c -- "-x name[=value]" and "#pragma D option": one table of
 * the options DTrace users know, each with a parser for its value kind.
 *
 * Value kinds: booleans (no value), sizes ("4m", "256", "1g"), rates
 * ("10hz", "5ms", bare numbers are Hz) stored as nanosecond periods, and
 * plain counts, and words from a list (bufpolicy=fill, fbtmode=kprobe).
 * Unknown names and bad values fail with DTrace's words:
 * "Invalid option name" / "Invalid value for specified option".
 */
#include <stdlib.h>
#include <string.h>
#include <stddef.h>
#include <errno.h>
#include "dt_impl.h"

typedef enum { DT_OPT_BOOL, DT_OPT_SIZE, DT_OPT_RATE, DT_OPT_COUNT,
    DT_OPT_WORD, DT_OPT_IGNORE } dt_optkind_t;

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
	{ "argref", DT_OPT_BOOL, O(do_argref) },
	{ "bufpolicy", DT_OPT_WORD, O(do_bufpolicy), dt_bufpolicies },
	{ "bufsize", DT_OPT_SIZE, O(do_bufsize) },
	{ "cleanrate", DT_OPT_RATE, O(do_cleanrate) },
	{ "defaultargs", DT_OPT_BOOL, O(do_defaultargs) },
	{ "destructive", DT_OPT_BOOL, O(do_destructive) },
	{ "dynvarsize", DT_OPT_SIZE, O(do_dynvarsize) },
	{ "errtags", DT_OPT_BOOL, O(do_errtags) },
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
	{ "verbose", DT_OPT_BOOL, O(do_verbose) },
	{ "zdefs", DT_OPT_BOOL, O(do_zdefs) },
	/* accepted for compatibility; they change nothing here */
	{ "temporal", DT_OPT_IGNORE, 0 },
};

static int
dt_opt_size(const char *v, uint64_t *out)
{
	char *end;
	errno = 0;
	unsigned long long n = strtoull(v, &end, 0);
	if (errno != 0 || end == v || *v == '-')
		return -1;
	switch (*end) {
	case 't': case 'T': n <<= 10; /* FALLTHROUGH */
	case 'g': case 'G': n <<= 10; /* FALLTHROUGH */
	case 'm': case 'M': n <<= 10; /* FALLTHROUGH */
	case 'k': case 'K': n <<= 10; end++; break;
	case '\0': break;
	default: return -1;
	}
	if (*end != '\0')
		return -1;
	*out = n;
	return 0;
}

/* a rate: "10hz", "100" (Hz), or a period "5ms" "1s"; stored in ns */
static int
dt_opt_rate(const char *v, uint64_t *out)
{
	static const struct { const char *u; uint64_t ns; } units[] = {
		{ "ns", 1 }, { "nsec", 1 }, { "us", 1000 }, { "usec", 1000 },
		{ "ms", 1000000 }, { "msec", 1000000 }, { "s", 1000000000ULL },
		{ "sec", 1000000000ULL }, { "m", 60000000000ULL },
		{ "min", 60000000000ULL }, { "h", 3600000000000ULL },
		{ "hour", 3600000000000ULL }, { "d", 86400000000000ULL },
		{ "day", 86400000000000ULL },
	};
	char *end;
	errno = 0;
	unsigned long long n = strtoull(v, &end, 10);
	if (errno != 0 || end == v || n == 0)
		return -1;
	if (*end == '\0' || strcmp(end, "hz") == 0) {
		*out = 1000000000ULL / n ? 1000000000ULL / n : 1;
		return 0;
	}
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strcmp(end, units[i].u) == 0) {
			*out = n * units[i].ns;
			return 0;
		}
	return -1;
}

int
dt_opt_set(dtrace_hdl_t *dtp, const char *name, const char *value)
{
	const dt_option_t *o = NULL;
	uint64_t v = 0;

	for (size_t i = 0; i < sizeof(dt_options) / sizeof(dt_options[0]); i++)
		if (strcmp(dt_options[i].o_name, name) == 0)
			o = &dt_options[i];
	if (o == NULL)
		return dt_set_errmsg(dtp, "Invalid option name");
	char *base = (char *)&dtp->dt_opts;
	switch (o->o_kind) {
	case DT_OPT_BOOL:
		if (value != NULL && strcmp(value, "") != 0)
			return dt_set_errmsg(dtp, "Invalid value for specified "
			    "option");
		*(int *)(base + o->o_off) = 1;
		return 0;
	case DT_OPT_SIZE:
		if (value == NULL || dt_opt_size(value, &v) != 0 || v == 0)
			return dt_set_errmsg(dtp, "Invalid value for specified "
			    "option");
		if (strcmp(name, "strsize") == 0 && (v < 2 || v > 4096))
			return dt_set_errmsg(dtp, "Invalid value for specified "
			    "option");
		break;
	case DT_OPT_RATE:
		if (value == NULL || dt_opt_rate(value, &v) != 0)
			return dt_set_errmsg(dtp, "Invalid value for specified "
			    "option");
		break;
	case DT_OPT_COUNT: {
		char *end;
		if (value == NULL || *value == '-')
			return dt_set_errmsg(dtp, "Invalid value for specified "
			    "option");
		v = strtoull(value, &end, 0);
		if (*end != '\0' || end == value)
			return dt_set_errmsg(dtp, "Invalid value for specified "
			    "option");
		if (o->o_off == O(do_loopmax) && (v == 0 || v >= DT_LOOP_MAX))
			return dt_set_errmsg(dtp, "Invalid value for specified "
			    "option");
		break;
	}
	case DT_OPT_WORD:
		for (int i = 0; value != NULL && o->o_words[i] != NULL; i++)
			if (strcmp(value, o->o_words[i]) == 0) {
				*(int *)(base + o->o_off) = i;
				return 0;
			}
		return dt_set_errmsg(dtp, "Invalid value for specified "
		    "option");
	case DT_OPT_IGNORE:
		return 0;
	}
	*(uint64_t *)(base + o->o_off) = v;
	return 0;
}
