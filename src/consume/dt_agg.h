/*
 * dt_agg.h -- aggregations in user space (dt_agg.c): snapshot, merge,
 * sort and print; clear() and trunc().
 */
#ifndef DT_AGG_H
#define DT_AGG_H

#include "../lib/dt_impl.h"

#define DT_AGG_MAXJOIN 16   /* aggregations printed side by side */

struct dt_pfmt;

/* printa(): pf NULL prints DTrace's default layout, after a newline when
 * leadnl; the aggregations are marked printed.  0, or -1 with errmsg. */
/* What happens to the printed entries: printa(@a); trunc(@a) and
 * printa(@a); clear(@a) read and remove in one step, so that no update is
 * lost between the two. */
typedef enum { DT_AGG_KEEP, DT_AGG_THEN_TRUNC, DT_AGG_THEN_CLEAR }
    dt_aggafter_t;

int dt_agg_printa(dtrace_hdl_t *, const struct dt_pfmt *pf, dt_agg_t **aggs,
    int naggs, int leadnl, dt_aggafter_t after);
int dt_agg_print_unprinted(dtrace_hdl_t *);
int dt_agg_clear(dtrace_hdl_t *, dt_agg_t *);
int dt_agg_trunc(dtrace_hdl_t *, dt_agg_t *, int64_t keep);
int64_t dt_agg_scalar(const dt_agg_t *, const uint64_t *state,
    const char *key);
int dt_agg_normalize(dtrace_hdl_t *, dt_agg_t *, int64_t normal);

#endif /* DT_AGG_H */
