/*
 * dt_errtags.c -- names of the compile-error tags (see dt_errtags.h).
 */
#include "dt_errtags.h"

static const char *const dt_errtag_names[] = {
#define DT_ERRTAG_STR(n) #n,
	DT_ERRTAGS(DT_ERRTAG_STR)
#undef DT_ERRTAG_STR
};

const char *
dt_errtag_name(dt_errtag_t tag)
{
	if ((unsigned)tag >= D_MAX_TAG)
		return "D_UNKNOWN";
	return dt_errtag_names[tag];
}
