/*
 * dt_agg.c -- aggregations in user space: read each per-CPU map, merge the
 * CPUs' states exactly, sort as DTrace sorts, and print in DTrace's format
 * (docs/FORMATS.md section 7); clear(), trunc(), normalize() act on the
 * maps and the consumer's state.
 *
 * A snapshot reads a map in batches (one system call per few thousand
 * keys), so printing a large aggregation costs little more than the
 * formatting itself.
 */
#define _GNU_SOURCE     /* qsort_r */
#include <stdlib.h>
#include <sys/mman.h>
#include <string.h>
#include <errno.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "../lib/dt_impl.h"
#include "dt_printf.h"
#include "dt_agg.h"
#include "dt_sym.h"

/* One key of a (possibly joined) aggregation and its merged values. */
typedef struct dt_aggent {
	long double ae_sort;                /* the value sorted on */
	int64_t ae_isort;                   /* the same, for integer values */
	int64_t ae_zero;                    /* histograms: count at zero */
	uint64_t ae_k0;                     /* first integer key, masked */
	const char *ae_key;
	uint64_t **ae_val;                  /* per agg; NULL: no value there */
} dt_aggent_t;

typedef struct dt_aggsnap {
	uint64_t **as_slots;  /* [0] only: the entries' value pointers */
	struct dt_radrec *as_sorted; /* [0] only: the order, when the
	                        entries are not in it yet */
	dt_agg_t *as_agg;
	char *as_keys;       /* n keys of ag_keysize bytes */
	uint64_t *as_vals;   /* n merged states of ag_valsize bytes */
	size_t as_n;
} dt_aggsnap_t;

static int
dt_agg_ncpus(void)
{
	static int n;
	if (n == 0) {
		n = libbpf_num_possible_cpus();
		if (n < 1)
			n = 1;
	}
	return n;
}

/* Fold one CPU's state into the merged state. */
static void
dt_agg_merge(const dt_agg_t *ag, uint64_t *to, const uint64_t *from)
{
	size_t nw = ag->ag_valsize / 8;

	switch (ag->ag_fn) {
	case DT_AGG_MIN:
	case DT_AGG_MAX:
		if (from[0] == 0)
			return;
		if (to[0] == 0 ||
		    (ag->ag_fn == DT_AGG_MIN && (int64_t)from[1] < (int64_t)to[1]) ||
		    (ag->ag_fn == DT_AGG_MAX && (int64_t)from[1] > (int64_t)to[1]))
			to[1] = from[1];
		to[0] += from[0];
		return;
	case DT_AGG_STDDEV: {
		to[0] += from[0];
		to[1] += from[1];
		unsigned __int128 a = ((unsigned __int128)to[3] << 64) | to[2];
		unsigned __int128 b = ((unsigned __int128)from[3] << 64) | from[2];
		a += b;
		to[2] = (uint64_t)a;
		to[3] = (uint64_t)(a >> 64);
		return;
	}
	default:
		for (size_t i = 0; i < nw; i++)
			to[i] += from[i];
	}
}

static int
dt_agg_readerr(dtrace_hdl_t *dtp, const dt_agg_t *ag, dt_aggsnap_t *sn,
    int err)
{
	free(sn->as_keys);
	free(sn->as_vals);
	memset(sn, 0, sizeof(*sn));
	return dt_set_errmsg(dtp, "failed to read aggregation @%s: %s",
	    ag->ag_name, strerror(err));
}

/* A keyless aggregation's element: state zeroed on every CPU; touched says
 * whether it still exists (clear) or not (trunc). */
static void
dt_agg_reset_fd(dt_agg_t *ag, int fd, int touched)
{
	int ncpu = dt_agg_ncpus();
	size_t esz = 8 + ag->ag_valsize;
	char *pc = calloc((size_t)ncpu, esz);
	uint32_t zero = 0;

	if (pc == NULL)
		return;
	*(uint64_t *)pc = (uint64_t)touched;   /* one CPU suffices */
	bpf_map_update_elem(fd, &zero, pc, BPF_ANY);
	free(pc);
}

static void
dt_agg_reset(dt_agg_t *ag, int touched)
{
	dt_agg_reset_fd(ag, ag->ag_fd, touched);
}

/*
 * A drain of a double-buffered aggregation: point the probes at the other
 * map, wait until none can still be updating this one, and return it, to
 * be read and emptied while nothing writes to it.
 */
static int
dt_agg_flip(dtrace_hdl_t *dtp, dt_agg_t *ag)
{
	int old = ag->ag_fd;
	uint64_t *sel = calloc((size_t)dtp->dt_naggs, sizeof(uint64_t));
	uint32_t zero = 0;

	if (sel == NULL)
		return old;       /* no memory: drain the live map instead */
	ag->ag_sel ^= 1;
	ag->ag_fd = ag->ag_fds[ag->ag_sel];
	for (int i = 0; i < dtp->dt_naggs; i++)
		sel[i] = (uint64_t)dtp->dt_aggs[i]->ag_sel;
	bpf_map_update_elem(dtp->dt_fd_aggsel, &zero, sel, BPF_ANY);
	free(sel);
	dt_bpf_sync();
	return old;
}

/* A keyless aggregation: one element, there once any CPU touched it. */
static int
dt_agg_snapshot_array(dtrace_hdl_t *dtp, dt_agg_t *ag, dt_aggsnap_t *sn)
{
	int ncpu = dt_agg_ncpus();
	size_t esz = 8 + ag->ag_valsize;
	char *pc = calloc((size_t)ncpu, esz);
	uint32_t zero = 0;
	int touched = 0;

	sn->as_keys = calloc(1, 8);
	sn->as_vals = calloc(1, ag->ag_valsize);
	if (pc == NULL || sn->as_keys == NULL || sn->as_vals == NULL) {
		free(pc);
		return dt_agg_readerr(dtp, ag, sn, ENOMEM);
	}
	/* draining a double-buffered one: the map just retired; else the
	 * live map, and the idle one too (clear() may have marked it) */
	int drain = dtp->dt_aggdrain && ag->ag_dbuf;
	int fds[2] = { drain ? dt_agg_flip(dtp, ag) : ag->ag_fd, -1 };
	if (ag->ag_dbuf && !drain)
		fds[1] = ag->ag_fds[ag->ag_sel ^ 1];
	for (int f = 0; f < 2 && fds[f] >= 0; f++) {
		if (bpf_map_lookup_elem(fds[f], &zero, pc) != 0) {
			int err = errno;
			free(pc);
			return dt_agg_readerr(dtp, ag, sn, err);
		}
		for (int c = 0; c < ncpu; c++) {
			const uint64_t *w = (const uint64_t *)(pc +
			    (size_t)c * esz);
			touched |= w[0] != 0;
			dt_agg_merge(ag, sn->as_vals, w + 1);
		}
	}
	sn->as_n = (size_t)touched;
	free(pc);
	if (dtp->dt_aggdrain && touched)
		dt_agg_reset_fd(ag, fds[0], 0);
	return 0;
}

/*
 * Large arrays (a million entries and more) are mostly page faults to fill,
 * and faults are slow in a VM: ask for 2 MB pages where the array spans
 * them (transparent huge pages are often "madvise" only).
 */
static void
dt_agg_huge(void *p, size_t len)
{
	const uintptr_t huge = (uintptr_t)2 << 20;
	if (p == NULL || len < 2 * huge)
		return;
	uintptr_t s = ((uintptr_t)p + huge - 1) & ~(huge - 1);
	uintptr_t e = ((uintptr_t)p + len) & ~(huge - 1);
	if (e > s)
		(void)madvise((void *)s, e - s, MADV_HUGEPAGE);
}

/* Read every entry of ag's map, merging the CPUs.  0 or -1 (errmsg set). */
static int
dt_agg_snapshot(dtrace_hdl_t *dtp, dt_agg_t *ag, dt_aggsnap_t *sn)
{
	int ncpu = dt_agg_ncpus();
	size_t ksz = ag->ag_keysize, vsz = ag->ag_valsize;
	size_t pcsz = vsz * (size_t)ncpu;
	/* big batches mean few system calls; about 8 MB of buffer at most,
	 * whatever the size of an entry (a quantize is 1 KB per CPU) */
	size_t fit = ((size_t)8 << 20) / (ksz + pcsz);
	uint32_t batch = fit > 65536 ? 65536 : fit < 64 ? 64 : (uint32_t)fit;
	size_t cap = 0;
	char *kbuf = malloc(batch * ksz), *vbuf = malloc(batch * pcsz);
	uint64_t inb = 0, outb = 0;
	int first = 1;

	memset(sn, 0, sizeof(*sn));
	sn->as_agg = ag;
	if (kbuf == NULL || vbuf == NULL)
		goto nomem;
	if (ag->ag_array) {
		free(kbuf);
		free(vbuf);
		return dt_agg_snapshot_array(dtp, ag, sn);
	}
	/* a double-buffered drain reads the map it retires; the idle map of
	 * one is empty whenever no drain is under way */
	int fd = dtp->dt_aggdrain && ag->ag_dbuf ? dt_agg_flip(dtp, ag) :
	    ag->ag_fd;
	for (;;) {
		uint32_t count = batch;
		LIBBPF_OPTS(bpf_map_batch_opts, o);
		/* a draining snapshot removes what it reads in the same
		 * step, so no update falls between reading and removing */
		int rc = dtp->dt_aggdrain ?
		    bpf_map_lookup_and_delete_batch(fd, first ? NULL :
		    &inb, &outb, kbuf, vbuf, &count, &o) :
		    bpf_map_lookup_batch(fd, first ? NULL : &inb,
		    &outb, kbuf, vbuf, &count, &o);
		int err = rc ? errno : 0;
		if (rc != 0 && err != ENOENT) {
			free(kbuf);
			free(vbuf);
			return dt_agg_readerr(dtp, ag, sn, err);
		}
		if (sn->as_n + count > cap) {
			size_t nc = cap ? cap * 2 : 1024;
			while (nc < sn->as_n + count)
				nc *= 2;
			char *k = realloc(sn->as_keys, nc * ksz);
			if (k == NULL)
				goto nomem;
			sn->as_keys = k;
			dt_agg_huge(k, nc * ksz);
			uint64_t *v = realloc(sn->as_vals, nc * vsz);
			if (v == NULL)
				goto nomem;
			sn->as_vals = v;
			dt_agg_huge(v, nc * vsz);
			cap = nc;
		}
		for (uint32_t i = 0; i < count; i++) {
			uint64_t *to = (uint64_t *)((char *)sn->as_vals +
			    sn->as_n * vsz);
			memcpy(sn->as_keys + sn->as_n * ksz, kbuf + i * ksz, ksz);
			memset(to, 0, vsz);
			for (int c = 0; c < ncpu; c++)
				dt_agg_merge(ag, to, (const uint64_t *)(vbuf +
				    i * pcsz + (size_t)c * vsz));
			sn->as_n++;
		}
		if (err == ENOENT)
			break;
		inb = outb;
		first = 0;
	}
	free(kbuf);
	free(vbuf);
	return 0;
nomem:
	free(kbuf);
	free(vbuf);
	free(sn->as_keys);
	free(sn->as_vals);
	memset(sn, 0, sizeof(*sn));
	return dt_set_errmsg(dtp, "out of memory reading aggregation @%s",
	    ag->ag_name);
}

/* ---- values --------------------------------------------------------- */

/* The value of a bucket of a quantize() histogram. */
static int64_t
dt_agg_qbucket(int b)
{
	if (b < DT_QUANTIZE_ZERO)
		return -(int64_t)(1ULL << (DT_QUANTIZE_ZERO - 1 - b));
	if (b == DT_QUANTIZE_ZERO)
		return 0;
	return (int64_t)(1ULL << (b - DT_QUANTIZE_ZERO - 1));
}

static uint64_t
dt_agg_isqrt(unsigned __int128 v)
{
	unsigned __int128 lo = 0, hi = UINT64_MAX;
	while (lo < hi) {
		unsigned __int128 mid = lo + (hi - lo + 1) / 2;
		if (mid * mid <= v)
			lo = mid;
		else
			hi = mid - 1;
	}
	return (uint64_t)lo;
}

/* The value printed for a scalar aggregation (count ... stddev). */
static int64_t dt_agg_scalar_n(const dt_agg_t *, const uint64_t *, int64_t);

static int
dt_agg_keycmp_raw(const void *a, const void *b, void *size)
{
	return memcmp(a, b, *(size_t *)size);
}

/* The divisor of the entry with this key: normalize() applies to the keys
 * that existed when it ran. */
static int64_t
dt_agg_entnormal(const dt_agg_t *ag, const char *key)
{
	if (ag->ag_nnormkeys == 0 || ag->ag_normal <= 1)
		return 1;
	if (ag->ag_array)
		return ag->ag_normal;
	size_t lo = 0, hi = ag->ag_nnormkeys, ksz = ag->ag_keysize;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = memcmp(ag->ag_normkeys + mid * ksz, key, ksz);
		if (c == 0)
			return ag->ag_normal;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 1;
}

int64_t
dt_agg_scalar(const dt_agg_t *ag, const uint64_t *v, const char *key)
{
	return dt_agg_scalar_n(ag, v, dt_agg_entnormal(ag, key));
}

static int64_t
dt_agg_scalar_n(const dt_agg_t *ag, const uint64_t *v, int64_t normal)
{
	switch (ag->ag_fn) {
	case DT_AGG_COUNT:
	case DT_AGG_SUM:
		/* no division unless normalized: this runs per entry */
		return normal == 1 ? (int64_t)v[0] : (int64_t)v[0] / normal;
	case DT_AGG_MIN:
	case DT_AGG_MAX:
		return normal == 1 ? (int64_t)v[1] : (int64_t)v[1] / normal;
	case DT_AGG_AVG:
		return v[0] ? (int64_t)v[1] / normal / (int64_t)v[0] : 0;
	case DT_AGG_STDDEV: {
		if (v[0] == 0)
			return 0;
		unsigned __int128 sq = ((unsigned __int128)v[3] << 64) | v[2];
		/* squares scale with the square of the normalization */
		sq = sq / (uint64_t)normal / (uint64_t)normal / v[0];
		int64_t avg = (int64_t)v[1] / normal / (int64_t)v[0];
		uint64_t a = avg < 0 ? -(uint64_t)avg : (uint64_t)avg;
		unsigned __int128 a2 = (unsigned __int128)a * a;
		return (int64_t)dt_agg_isqrt(sq > a2 ? sq - a2 : 0);
	}
	default:
		return 0;
	}
}

/* What an entry sorts by: the value, or for histograms the weighted sum. */
static long double
dt_agg_sortval(const dt_agg_t *ag, const uint64_t *v)
{
	if (v == NULL)
		return 0;
	switch (ag->ag_fn) {
	case DT_AGG_QUANTIZE: {
		long double s = 0;
		for (int b = 0; b < ag->ag_nbuckets; b++)
			s += (long double)dt_agg_qbucket(b) * (int64_t)v[b];
		return s;
	}
	case DT_AGG_LQUANTIZE: {
		long double s = 0;
		for (int b = 0; b < ag->ag_nbuckets; b++) {
			/* as DTrace: below the range weighs base - 1, above
			 * it base + levels * step + 1 */
			long double bv = b == 0 ? ag->ag_arg[0] - 1 :
			    ag->ag_arg[0] + (long double)(b - 1) * ag->ag_arg[2];
			if (b == ag->ag_nbuckets - 1)
				bv += 1;
			s += bv * (int64_t)v[b];
		}
		return s;
	}
	case DT_AGG_LLQUANTIZE: {
		int64_t vals[ag->ag_nbuckets + 1];
		long double s = 0;
		dt_llq_buckets(ag->ag_arg, vals);
		for (int b = 0; b < ag->ag_nbuckets; b++)
			s += (long double)(b == 0 ? vals[0] - 1 : vals[b]) *
			    (int64_t)v[b];
		return s;
	}
	default:
		/* sorted on the raw values, whatever normalize() says */
		return ag->ag_fn == DT_AGG_STDDEV ?
		    (long double)(uint64_t)dt_agg_scalar_n(ag, v, 1) :
		    (long double)dt_agg_scalar_n(ag, v, 1);
	}
}

/* Histograms that weigh the same compare by their count at zero. */
static int64_t
dt_agg_zeroweight(const dt_agg_t *ag, const uint64_t *v)
{
	if (v == NULL)
		return 0;
	switch (ag->ag_fn) {
	case DT_AGG_QUANTIZE:
		return (int64_t)v[DT_QUANTIZE_ZERO];
	case DT_AGG_LQUANTIZE: {
		int64_t base = ag->ag_arg[0], step = ag->ag_arg[2];
		int64_t top = base + (int64_t)(ag->ag_nbuckets - 2) * step;
		if (base > 0 || top <= 0)
			return 0;
		return (int64_t)v[(0 - base) / step + 1];
	}
	case DT_AGG_LLQUANTIZE:
		return (int64_t)v[0];
	default:
		return 0;
	}
}

static int
dt_agg_ishist(const dt_agg_t *ag)
{
	return ag->ag_fn == DT_AGG_QUANTIZE || ag->ag_fn == DT_AGG_LQUANTIZE ||
	    ag->ag_fn == DT_AGG_LLQUANTIZE;
}

/* ---- sorting ---------------------------------------------------------- */

typedef struct dt_aggsort {
	dt_agg_t **ss_aggs;
	int ss_naggs;
	int ss_bykey, ss_rev;
	int ss_keypos, ss_valpos;
	int ss_order[DT_MAX_KEYS];          /* key columns, in sort order */
	int ss_intval;                      /* values compare as ae_isort */
	int ss_k0int;                       /* ss_order[0] is an integer */
	int ss_isstr[DT_MAX_KEYS];
	uint64_t ss_mask[DT_MAX_KEYS];      /* integer keys: their size */
} dt_aggsort_t;

static __thread dt_aggsort_t *dt_agg_sortctx;

static int
dt_agg_keycmp(const dt_aggsort_t *ss, const char *a, const char *b)
{
	const dt_agg_t *ag = ss->ss_aggs[0];

	for (int j = ss->ss_k0int; j < ag->ag_nkeys; j++) {
		int i = ss->ss_order[j];
		const char *x = a + ag->ag_keyoff[i], *y = b + ag->ag_keyoff[i];
		if (ss->ss_isstr[i]) {
			int c = strcmp(x, y);
			if (c != 0)
				return c < 0 ? -1 : 1;
			continue;
		}
		/* as DTrace: integer keys compare unsigned, within their size */
		uint64_t u, v;
		memcpy(&u, x, 8);
		memcpy(&v, y, 8);
		u &= ss->ss_mask[i];
		v &= ss->ss_mask[i];
		if (u != v)
			return u < v ? -1 : 1;
	}
	return 0;
}

static int
dt_agg_valcmp(const dt_aggsort_t *ss, const dt_aggent_t *a,
    const dt_aggent_t *b)
{
	if (ss->ss_intval) {
		if (a->ae_isort != b->ae_isort)
			return a->ae_isort < b->ae_isort ? -1 : 1;
	} else {
		if (a->ae_sort != b->ae_sort)
			return a->ae_sort < b->ae_sort ? -1 : 1;
		if (a->ae_zero != b->ae_zero)
			return a->ae_zero < b->ae_zero ? -1 : 1;
	}
	if (ss->ss_naggs == 1)
		return 0;
	int p = ss->ss_valpos < ss->ss_naggs ? ss->ss_valpos : 0;
	/* printed side by side: ties go to the other aggregations' values */
	for (int i = 0; i < ss->ss_naggs; i++) {
		if (i == p)
			continue;
		long double x = dt_agg_sortval(ss->ss_aggs[i], a->ae_val[i]);
		long double y = dt_agg_sortval(ss->ss_aggs[i], b->ae_val[i]);
		if (x != y)
			return x < y ? -1 : 1;
	}
	return 0;
}

static void
dt_agg_sortinit(dt_aggsort_t *ss)
{
	const dt_agg_t *ag = ss->ss_aggs[0];
	int n = ag->ag_nkeys, first = ss->ss_keypos < n ? ss->ss_keypos : 0;
	int j = 0;

	/* aggsortkeypos: that key first, then the ones after it, wrapping */
	for (j = 0; j < n; j++)
		ss->ss_order[j] = (first + j) % n;
	for (int i = 0; i < n; i++) {
		ss->ss_isstr[i] = dt_type_is_string(ag->ag_keys[i]);
		size_t sz = dt_type_size(dt_type_resolve(ag->ag_keys[i]));
		ss->ss_mask[i] = sz > 0 && sz < 8 ? (1ULL << (sz * 8)) - 1 :
		    UINT64_MAX;
	}
}

static int
dt_agg_entcmp(const void *l, const void *r)
{
	const dt_aggsort_t *ss = dt_agg_sortctx;
	const dt_aggent_t *a = l, *b = r;
	int c;

	if (ss->ss_bykey) {
		if (ss->ss_k0int && a->ae_k0 != b->ae_k0)
			c = a->ae_k0 < b->ae_k0 ? -1 : 1;
		else if ((c = dt_agg_keycmp(ss, a->ae_key, b->ae_key)) == 0)
			c = dt_agg_valcmp(ss, a, b);
	} else if ((c = dt_agg_valcmp(ss, a, b)) == 0) {
		if (ss->ss_k0int && a->ae_k0 != b->ae_k0)
			c = a->ae_k0 < b->ae_k0 ? -1 : 1;
		else
			c = dt_agg_keycmp(ss, a->ae_key, b->ae_key);
	}
	return ss->ss_rev ? -c : c;
}

static int
dt_agg_rawkeycmp(const void *l, const void *r)
{
	const dt_aggent_t *a = l, *b = r;
	return memcmp(a->ae_key, b->ae_key, dt_agg_sortctx->ss_aggs[0]->ag_keysize);
}

/*
 * Sort by (ae_isort signed, ae_k0 unsigned) with a stable LSD radix sort on
 * bytes.  The byte histograms of all 16 passes are counted in one read of
 * the entries, passes in which every entry has the same byte are skipped,
 * and the passes move small (key, index) records rather than the entries,
 * which are put in order once at the end: for large aggregations this is
 * many times faster than qsort().
 */
typedef struct dt_radrec {
	uint64_t rr_k0, rr_v;        /* the key, the value (sign flipped) */
	size_t rr_ix;
} dt_radrec_t;

static dt_radrec_t *
dt_agg_radix(dt_aggent_t *e, size_t m)
{
	dt_radrec_t *a = malloc((m ? m : 1) * sizeof(*a));
	dt_radrec_t *b = malloc((m ? m : 1) * sizeof(*b));
	size_t (*count)[257] = calloc(16, sizeof(*count));

	dt_agg_huge(a, m * sizeof(*a));
	dt_agg_huge(b, m * sizeof(*b));
	if (a == NULL || b == NULL || count == NULL) {
		free(a);
		free(b);
		free(count);
		qsort(e, m, sizeof(*e), dt_agg_entcmp);
		return NULL;
	}
	for (size_t i = 0; i < m; i++) {
		uint64_t k0 = e[i].ae_k0, v = (uint64_t)e[i].ae_isort ^
		    (1ULL << 63);
		a[i] = (dt_radrec_t){ k0, v, i };
		for (int p = 0; p < 8; p++) {
			count[p][((k0 >> (8 * p)) & 0xff) + 1]++;
			count[8 + p][((v >> (8 * p)) & 0xff) + 1]++;
		}
	}
	dt_radrec_t *src = a, *dst = b;
	for (int pass = 0; pass < 16; pass++) {
		size_t *c = count[pass];
		int shift = (pass % 8) * 8, used = 0;
		for (int k = 1; k <= 256; k++)
			used += c[k] != 0;
		if (used <= 1)
			continue;          /* every entry has the same byte */
		for (int k = 1; k <= 256; k++)
			c[k] += c[k - 1];
		for (size_t i = 0; i < m; i++) {
			uint64_t k = pass < 8 ? src[i].rr_k0 : src[i].rr_v;
			dst[c[(k >> shift) & 0xff]++] = src[i];
		}
		dt_radrec_t *t = src;
		src = dst;
		dst = t;
	}
	free(dst);
	free(count);
	return src;
}

/* Put the entries in the order of the sorted records (and free them). */
static dt_aggent_t *
dt_agg_permute(dt_aggent_t *e, size_t m, dt_radrec_t *recs)
{
	if (recs == NULL)
		return e;
	dt_aggent_t *out = malloc((m ? m : 1) * sizeof(*out));
	dt_agg_huge(out, m * sizeof(*out));
	if (out == NULL) {
		qsort(e, m, sizeof(*e), dt_agg_entcmp);
		free(recs);
		return e;
	}
	for (size_t i = 0; i < m; i++)
		out[i] = e[recs[i].rr_ix];
	free(recs);
	free(e);
	return out;
}

/*
 * Keys given by sym()/func() or mod() are kernel addresses: entries whose
 * addresses are in the same function (module) are one entry, as in DTrace.
 * Rewrite those columns to the function's (module's) address, then merge
 * the entries that became equal.
 */
static void
dt_agg_symnorm(dtrace_hdl_t *dtp, dt_agg_t *ag, dt_aggsnap_t *sn)
{
	int has = 0;
	size_t ksz = ag->ag_keysize, vsz = ag->ag_valsize, rsz = ksz + vsz;

	for (int i = 0; i < ag->ag_nkeys; i++)
		has |= dt_type_stack(ag->ag_keys[i]) >= 3;
	if (!has || sn->as_n == 0)
		return;
	/* (key, state) records, sorted by key */
	char *rec = malloc(sn->as_n * rsz);
	if (rec == NULL)
		return;
	for (size_t k = 0; k < sn->as_n; k++) {
		char *r = rec + k * rsz;
		memcpy(r, sn->as_keys + k * ksz, ksz);
		memcpy(r + ksz, (char *)sn->as_vals + k * vsz, vsz);
		for (int i = 0; i < ag->ag_nkeys; i++) {
			int kind = dt_type_stack(ag->ag_keys[i]);
			uint64_t v, pid = 0;
			if (kind < 3 || kind == 7)    /* uaddr(): as it is */
				continue;
			memcpy(&v, r + ag->ag_keyoff[i], 8);
			if (DT_STK_ISUSER(kind))
				memcpy(&pid, r + ag->ag_keyoff[i] + 8, 8);
			v = dt_sym_normalize(dtp, (uint32_t)pid, v,
			    kind == 4 || kind == 6);
			memcpy(r + ag->ag_keyoff[i], &v, 8);
		}
	}
	qsort_r(rec, sn->as_n, rsz, dt_agg_keycmp_raw, &ksz);
	/* one entry per key, states merged, back in the snapshot's arrays */
	size_t m = 0;
	char *vals = (char *)sn->as_vals;
	for (size_t k = 0; k < sn->as_n; k++) {
		const char *r = rec + k * rsz;
		if (m == 0 || memcmp(sn->as_keys + (m - 1) * ksz, r, ksz) != 0) {
			memcpy(sn->as_keys + m * ksz, r, ksz);
			memset(vals + m * vsz, 0, vsz);
			m++;
		}
		dt_agg_merge(ag, (uint64_t *)(vals + (m - 1) * vsz),
		    (const uint64_t *)(r + ksz));
	}
	free(rec);
	sn->as_n = m;
}

/*
 * Snapshot the aggregations aggs[0..n-1] (which share their keys), join
 * them on the key and sort.  Returns the entries (free with free()) and
 * their number in *np, or NULL with *np 0 on error or when empty.
 */
static dt_aggent_t *
dt_agg_collect(dtrace_hdl_t *dtp, dt_agg_t **aggs, int n, dt_aggsnap_t *sn,
    size_t *np)
{
	size_t total = 0;
	*np = 0;
	for (int i = 0; i < n; i++) {
		if (dt_agg_snapshot(dtp, aggs[i], &sn[i]) != 0) {
			for (int j = 0; j < i; j++) {
				free(sn[j].as_keys);
				free(sn[j].as_vals);
			}
			memset(sn, 0, sizeof(*sn) * (size_t)n);
			return NULL;
		}
		dt_agg_symnorm(dtp, aggs[i], &sn[i]);
		total += sn[i].as_n;
	}
	dt_aggent_t *e = malloc((total ? total : 1) * sizeof(*e));
	uint64_t **slots = malloc((total ? total : 1) * (size_t)n *
	    sizeof(uint64_t *));
	dt_agg_huge(e, (total ? total : 1) * sizeof(*e));
	dt_agg_huge(slots, (total ? total : 1) * (size_t)n * sizeof(uint64_t *));
	if (e != NULL)
		memset(e, 0, (total ? total : 1) * sizeof(*e));
	if (slots != NULL)
		memset(slots, 0, (total ? total : 1) * (size_t)n *
		    sizeof(uint64_t *));
	if (e == NULL || slots == NULL) {
		free(e);
		free(slots);
		return NULL;
	}
	for (size_t k = 0; k < total; k++)
		e[k].ae_val = slots + k * (size_t)n;
	sn[0].as_slots = slots;
	dt_aggsort_t ss = { aggs, n, dtp->dt_opts.do_aggsortkey,
	    dtp->dt_opts.do_aggsortrev, (int)dtp->dt_opts.do_aggsortkeypos,
	    (int)dtp->dt_opts.do_aggsortpos };
	dt_agg_sortinit(&ss);
	dt_agg_sortctx = &ss;
	size_t m = 0;
	for (int i = 0; i < n; i++) {
		for (size_t k = 0; k < sn[i].as_n; k++, m++) {
			e[m].ae_key = sn[i].as_keys + k * aggs[i]->ag_keysize;
			e[m].ae_val[i] = (uint64_t *)((char *)sn[i].as_vals +
			    k * aggs[i]->ag_valsize);
		}
	}
	if (n > 1) {
		/* join: entries with the same key become one */
		qsort(e, m, sizeof(*e), dt_agg_rawkeycmp);
		size_t w = 0;
		for (size_t r = 0; r < m; r++) {
			if (w > 0 && memcmp(e[w - 1].ae_key, e[r].ae_key,
			    aggs[0]->ag_keysize) == 0) {
				for (int i = 0; i < n; i++)
					if (e[r].ae_val[i] != NULL)
						e[w - 1].ae_val[i] = e[r].ae_val[i];
				continue;
			}
			e[w++] = e[r];
		}
		m = w;
	}
	int p = ss.ss_valpos < n ? ss.ss_valpos : 0;
	dt_agg_t *sa = aggs[p];
	ss.ss_intval = !dt_agg_ishist(sa);
	ss.ss_k0int = aggs[0]->ag_nkeys > 0 && !ss.ss_isstr[ss.ss_order[0]];
	uint32_t k0off = ss.ss_k0int ? aggs[0]->ag_keyoff[ss.ss_order[0]] : 0;
	uint64_t k0mask = ss.ss_k0int ? ss.ss_mask[ss.ss_order[0]] : 0;
	for (size_t k = 0; k < m; k++) {
		const uint64_t *v = e[k].ae_val[p];
		if (ss.ss_intval) {
			int64_t x = v ? dt_agg_scalar_n(sa, v, 1) : 0;
			/* stddev is unsigned: flip the sign bit to keep order */
			e[k].ae_isort = sa->ag_fn == DT_AGG_STDDEV ?
			    (int64_t)((uint64_t)x ^ (1ULL << 63)) : x;
		} else {
			e[k].ae_sort = dt_agg_sortval(sa, v);
			e[k].ae_zero = dt_agg_zeroweight(sa, v);
		}
		if (ss.ss_k0int) {
			memcpy(&e[k].ae_k0, e[k].ae_key + k0off, 8);
			e[k].ae_k0 &= k0mask;
		}
	}
	if (ss.ss_intval && !ss.ss_bykey && !ss.ss_rev && n == 1 &&
	    aggs[0]->ag_nkeys <= 1 && (aggs[0]->ag_nkeys == 0 || ss.ss_k0int))
		/* value, then the one integer key: the entries are put in
		 * this order by dt_agg_permute(), or printed from the records
		 * directly (dt_agg_print_recs) */
		sn[0].as_sorted = dt_agg_radix(e, m);
	else
		qsort(e, m, sizeof(*e), dt_agg_entcmp);
	*np = m;
	return e;
}

static void
dt_agg_release(dt_aggsnap_t *sn, int n, dt_aggent_t *e)
{
	free(sn[0].as_slots);
	for (int i = 0; i < n; i++) {
		free(sn[i].as_keys);
		free(sn[i].as_vals);
	}
	free(e);
}

/* ---- printing ---------------------------------------------------------- */

static void
dt_agg_bar(FILE *fp, char c, int n)
{
	for (int i = 0; i < n; i++)
		fputc(c, fp);
}

static void
dt_agg_quantline(FILE *fp, int64_t val, int64_t normal, uint64_t total,
    int pos, int neg)
{
	long double f;
	unsigned depth, len = 40;
	uint64_t a = val < 0 ? -(uint64_t)val : (uint64_t)val;

	if (pos && neg)
		len = 20;
	f = total ? (long double)a * len / total : 0;
	depth = (unsigned)(f + 0.5);
	if (depth > len)
		depth = len;
	if (!neg) {
		fputc('|', fp);
		dt_agg_bar(fp, '@', (int)depth);
		dt_agg_bar(fp, ' ', (int)(len - depth));
	} else if (!pos) {
		dt_agg_bar(fp, ' ', (int)(len - depth));
		dt_agg_bar(fp, '@', (int)depth);
		fputc('|', fp);
	} else if (val <= 0) {
		dt_agg_bar(fp, ' ', (int)(len - depth));
		dt_agg_bar(fp, '@', (int)depth);
		fputc('|', fp);
		dt_agg_bar(fp, ' ', (int)len);
	} else {
		dt_agg_bar(fp, ' ', (int)len);
		fputc('|', fp);
		dt_agg_bar(fp, '@', (int)depth);
		dt_agg_bar(fp, ' ', (int)(len - depth));
	}
	fprintf(fp, " %-9lld\n", (long long)(val / normal));
}

/* A histogram, from its leading newline to its last row. */
static void
dt_agg_hist(FILE *fp, const dt_agg_t *ag, const uint64_t *v, int64_t normal)
{
	int nb = ag->ag_nbuckets, lo = -1, hi = -1, pos = 0, neg = 0;
	int64_t llv[ag->ag_fn == DT_AGG_LLQUANTIZE ? nb + 1 : 1];
	uint64_t total = 0;

	if (ag->ag_fn == DT_AGG_LLQUANTIZE)
		dt_llq_buckets(ag->ag_arg, llv);
	for (int b = 0; b < nb; b++) {
		/* as DTrace: the range and the bars come from the raw counts,
		 * the printed counts are normalized */
		int64_t c = v ? (int64_t)v[b] : 0;
		if (c == 0)
			continue;
		if (lo < 0)
			lo = b;
		hi = b;
		pos |= c > 0;
		neg |= c < 0;
		total += c < 0 ? -(uint64_t)c : (uint64_t)c;
	}
	if (lo < 0) {
		/* nothing recorded: the rows around zero */
		if (ag->ag_fn == DT_AGG_QUANTIZE) {
			lo = DT_QUANTIZE_ZERO - 1;
			hi = DT_QUANTIZE_ZERO + 1;
		} else {
			lo = 0;
			hi = ag->ag_fn == DT_AGG_LQUANTIZE ? 2 : 1;
		}
	} else {
		lo = lo > 0 ? lo - 1 : 0;
		hi = hi < nb - 1 ? hi + 1 : nb - 1;
	}
	fprintf(fp, "\n%16s %41s %-9s\n", "value",
	    "------------- Distribution -------------", "count");
	for (int b = lo; b <= hi; b++) {
		char label[64];
		switch (ag->ag_fn) {
		case DT_AGG_QUANTIZE:
			fprintf(fp, "%16lld ", (long long)dt_agg_qbucket(b));
			break;
		case DT_AGG_LQUANTIZE: {
			int64_t base = ag->ag_arg[0], step = ag->ag_arg[2];
			if (b == 0) {
				snprintf(label, sizeof(label), "< %d", (int)base);
				fprintf(fp, "%16s ", label);
			} else if (b == nb - 1) {
				snprintf(label, sizeof(label), ">= %d",
				    (int)(base + (int64_t)(nb - 2) * step));
				fprintf(fp, "%16s ", label);
			} else {
				fprintf(fp, "%16d ", (int)(base +
				    (int64_t)(b - 1) * step));
			}
			break;
		}
		default:
			if (b == 0) {
				snprintf(label, sizeof(label), "< %lld",
				    (long long)llv[0]);
				fprintf(fp, "%16s ", label);
			} else if (b == nb - 1) {
				snprintf(label, sizeof(label), ">= %lld",
				    (long long)llv[b]);
				fprintf(fp, "%16s ", label);
			} else {
				fprintf(fp, "%16lld ", (long long)llv[b]);
			}
		}
		dt_agg_quantline(fp, v ? (int64_t)v[b] : 0, normal, total,
		    pos, neg);
	}
}


/* An integer key column's width, by the key's size, as DTrace prints it */
static int
dt_agg_keywidth(const dt_type_t *t)
{
	switch (dt_type_size(dt_type_resolve(t))) {
	case 1: return 3;
	case 2: return 5;
	case 4: return 8;
	default: return 16;
	}
}

/* the key value as a column of that width shows it: 1 and 2 bytes
 * unsigned, 4 and 8 signed */
static int64_t
dt_agg_keycast(int64_t v, int width)
{
	switch (width) {
	case 3: return (uint8_t)v;
	case 5: return (uint16_t)v;
	case 8: return (int32_t)v;
	default: return v;
	}
}

/* One key column, as dt_print_datum() prints it. */
static void
dt_agg_printkey(dtrace_hdl_t *dtp, FILE *fp, const dt_agg_t *ag, int i,
    const char *key)
{
	const char *p = key + ag->ag_keyoff[i];
	if (dt_type_stack(ag->ag_keys[i]) >= 3) {
		char buf[1024];
		dt_sym_value(dtp, dt_type_stack(ag->ag_keys[i]), p, buf,
		    sizeof(buf));
		fprintf(fp, "  %-50s", buf);
		return;
	}
	if (dt_type_stack(ag->ag_keys[i])) {
		uint64_t v;
		memcpy(&v, p, 8);
		dt_sym_print_stack(dtp, fp, v, dt_type_stack(ag->ag_keys[i]) == 2);
		return;
	}
	if (dt_type_is_string(ag->ag_keys[i])) {
		fprintf(fp, "  %-50s", p);
		return;
	}
	int64_t v;
	int w = dt_agg_keywidth(ag->ag_keys[i]);
	memcpy(&v, p, 8);
	fprintf(fp, " %*lld", w, (long long)dt_agg_keycast(v, w));
}

static void
dt_agg_printval(FILE *fp, const dt_agg_t *ag, const uint64_t *v,
    const char *key)
{
	if (dt_agg_ishist(ag)) {
		dt_agg_hist(fp, ag, v, dt_agg_entnormal(ag, key));
		return;
	}
	int64_t x = v ? dt_agg_scalar(ag, v, key) : 0;
	if (ag->ag_fn == DT_AGG_STDDEV)
		fprintf(fp, " %16llu", (unsigned long long)x);
	else
		fprintf(fp, " %16lld", (long long)x);
}

/* " %*lld" into p, right-justified in width; returns the end */
static char *
dt_agg_fmtint(char *p, int64_t v, int width, int isunsigned)
{
	char tmp[24];
	int n = 0, neg = !isunsigned && v < 0;
	uint64_t u = neg ? -(uint64_t)v : (uint64_t)v;

	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	if (neg)
		tmp[n++] = '-';
	*p++ = ' ';
	for (int pad = width - n; pad > 0; pad--)
		*p++ = ' ';
	while (n > 0)
		*p++ = tmp[--n];
	return p;
}

/* One integer key and a plain value per entry, from the sorted records:
 * the same columns as dt_agg_print_entries() */
static void
dt_agg_print_recs(FILE *fp, const dt_agg_t *ag, const dt_radrec_t *r,
    size_t m)
{
	int width = dt_agg_keywidth(ag->ag_keys[0]);
	size_t bufsz = 1 << 17, used = 0;
	char *buf = malloc(bufsz);
	if (buf == NULL)
		return;
	for (size_t k = 0; k < m; k++) {
		if (used + 64 > bufsz) {
			fwrite(buf, 1, used, fp);
			used = 0;
		}
		char *p = dt_agg_fmtint(buf + used, dt_agg_keycast(
		    (int64_t)r[k].rr_k0, width), width, 0);
		p = dt_agg_fmtint(p, (int64_t)(r[k].rr_v ^ (1ULL << 63)), 16, 0);
		*p++ = '\n';
		used = (size_t)(p - buf);
	}
	fwrite(buf, 1, used, fp);
	free(buf);
}

/* The entries without a format: keys, then each aggregation's value.  The
 * common case (integer and string keys, scalar values) is formatted here
 * rather than by printf: it is most of the time of printing a large
 * aggregation. */
static void
dt_agg_print_entries(dtrace_hdl_t *dtp, FILE *fp, dt_agg_t **aggs, int n,
    dt_aggent_t *e, size_t m)
{
	const dt_agg_t *ag0 = aggs[0];
	int fast = 1, width[DT_MAX_KEYS];
	size_t linemax = 2;

	for (int i = 0; i < n; i++) {
		fast &= !dt_agg_ishist(aggs[i]);
		linemax += 18;
	}
	for (int i = 0; i < ag0->ag_nkeys; i++) {
		fast &= !dt_type_stack(ag0->ag_keys[i]);
		if (dt_type_is_string(ag0->ag_keys[i])) {
			width[i] = -1;
			linemax += 2 + 50 + ag0->ag_keycap[i];
			continue;
		}
		width[i] = dt_agg_keywidth(ag0->ag_keys[i]);
		linemax += 18;
	}
	/* lines are gathered in a buffer and written in big pieces */
	size_t bufsz = linemax > 65536 ? linemax * 2 : 131072, used = 0;
	char *buf = fast ? malloc(bufsz) : NULL;
	char *line = buf;

	for (size_t k = 0; k < m; k++) {
		if (line == NULL) {
			for (int i = 0; i < ag0->ag_nkeys; i++)
				dt_agg_printkey(dtp, fp, aggs[0], i,
				    e[k].ae_key);
			for (int i = 0; i < n; i++)
				dt_agg_printval(fp, aggs[i], e[k].ae_val[i],
				    e[k].ae_key);
			fputc('\n', fp);
			continue;
		}
		if (used + linemax > bufsz) {
			fwrite(buf, 1, used, fp);
			used = 0;
		}
		line = buf + used;
		char *p = line;
		for (int i = 0; i < ag0->ag_nkeys; i++) {
			const char *kp = e[k].ae_key + ag0->ag_keyoff[i];
			int64_t v;
			if (width[i] < 0) {
				size_t len = strnlen(kp, ag0->ag_keycap[i]);
				*p++ = ' ';
				*p++ = ' ';
				memcpy(p, kp, len);
				p += len;
				for (; len < 50; len++)
					*p++ = ' ';
				continue;
			}
			memcpy(&v, kp, 8);
			p = dt_agg_fmtint(p, dt_agg_keycast(v, width[i]),
			    width[i], 0);
		}
		for (int i = 0; i < n; i++) {
			const uint64_t *v = e[k].ae_val[i];
			p = dt_agg_fmtint(p, v ? dt_agg_scalar(aggs[i], v,
			    e[k].ae_key) : 0, 16,
			    aggs[i]->ag_fn == DT_AGG_STDDEV);
		}
		*p++ = '\n';
		used += (size_t)(p - line);
	}
	if (buf != NULL && used > 0)
		fwrite(buf, 1, used, fp);
	free(buf);
}

/* The value of key column i as a printf argument. */
static void
dt_agg_keyval(const dt_agg_t *ag, int i, const char *key, dt_pfval_t *pv)
{
	memset(pv, 0, sizeof(*pv));
	if (i >= ag->ag_nkeys) {
		pv->pv_kind = DT_PFV_INT;
		pv->pv_size = 8;
		pv->pv_signed = 1;
		return;
	}
	const char *p = key + ag->ag_keyoff[i];
	if (dt_type_is_string(ag->ag_keys[i])) {
		pv->pv_kind = DT_PFV_STR;
		pv->pv_str = p;
		return;
	}
	const dt_type_t *t = dt_type_resolve(ag->ag_keys[i]);
	pv->pv_kind = DT_PFV_INT;
	memcpy(&pv->pv_int, p, 8);
	pv->pv_size = (int)dt_type_size(t);
	pv->pv_signed = dt_type_is_signed(t);
}

/* printa("format", @a, ...): the format once per entry. */
static void
dt_agg_print_fmt(dtrace_hdl_t *dtp, FILE *fp, const dt_pfmt_t *pf, dt_agg_t **aggs, int n,
    dt_aggent_t *e, size_t m)
{
	int nv = pf->pf_nargs > 0 ? pf->pf_nargs : 1;
	dt_pfval_t *vals = calloc((size_t)nv, sizeof(*vals));
	char **texts = calloc((size_t)n, sizeof(char *));

	if (vals == NULL || texts == NULL)
		goto out;
	for (size_t k = 0; k < m; k++) {
		int key = 0, agg = 0;
		for (int c = 0; c < pf->pf_nconv; c++) {
			const dt_pfconv_t *cv = &pf->pf_convs[c];
			if (cv->pfc_class == DT_PFC_PERCENT)
				continue;
			if (cv->pfc_width == DT_PF_STAR)
				dt_agg_keyval(aggs[0], key++, e[k].ae_key,
				    &vals[cv->pfc_argidx - 1 -
				    (cv->pfc_prec == DT_PF_STAR)]);
			if (cv->pfc_prec == DT_PF_STAR)
				dt_agg_keyval(aggs[0], key++, e[k].ae_key,
				    &vals[cv->pfc_argidx - 1]);
			dt_pfval_t *pv = &vals[cv->pfc_argidx];
			if (cv->pfc_class != DT_PFC_AGG) {
				dt_agg_keyval(aggs[0], key++, e[k].ae_key, pv);
				continue;
			}
			memset(pv, 0, sizeof(*pv));
			/* a %@ beyond the aggregations repeats the last one */
			int ai = agg < n ? agg : n - 1;
			dt_agg_t *ag = aggs[ai];
			const uint64_t *v = e[k].ae_val[ai];
			if (dt_agg_ishist(ag)) {
				char *buf = NULL;
				size_t len = 0;
				FILE *mf = open_memstream(&buf, &len);
				if (mf != NULL) {
					dt_agg_hist(mf, ag, v,
					    dt_agg_entnormal(ag, e[k].ae_key));
					fclose(mf);
				}
				free(texts[ai]);
				texts[ai] = buf;
				pv->pv_kind = DT_PFV_TEXT;
				pv->pv_str = buf ? buf : "";
			} else {
				pv->pv_kind = DT_PFV_INT;
				pv->pv_int = v ? dt_agg_scalar(ag, v,
				    e[k].ae_key) : 0;
				pv->pv_size = 8;
				pv->pv_signed = ag->ag_fn != DT_AGG_STDDEV;
			}
			agg++;
		}
		dt_printf_format(fp, pf, vals, nv, dt_sym_pfsym, dtp);
	}
out:
	for (int i = 0; texts != NULL && i < n; i++)
		free(texts[i]);
	free(texts);
	free(vals);
}

int
dt_agg_printa(dtrace_hdl_t *dtp, const struct dt_pfmt *pf, dt_agg_t **aggs,
    int n, int leadnl, dt_aggafter_t after)
{
	dt_aggsnap_t sn[DT_AGG_MAXJOIN];
	size_t m;

	if (n > DT_AGG_MAXJOIN)
		n = DT_AGG_MAXJOIN;
	dtp->dt_aggdrain = after != DT_AGG_KEEP;
	dt_aggent_t *e = dt_agg_collect(dtp, aggs, n, sn, &m);
	dtp->dt_aggdrain = 0;
	if (e == NULL)
		return -1;
	/* the commonest large case, one integer key and plain values, is
	 * printed straight from the sorted records */
	const dt_agg_t *ag0 = aggs[0];
	if (sn[0].as_sorted != NULL && pf == NULL && n == 1 &&
	    after != DT_AGG_THEN_CLEAR && ag0->ag_nkeys == 1 &&
	    !dt_type_stack(ag0->ag_keys[0]) && ag0->ag_fn != DT_AGG_STDDEV && (ag0->ag_normal <= 1 ||
	    ag0->ag_nnormkeys == 0)) {
		if (leadnl)
			fputc('\n', dtp->dt_out);
		dt_agg_print_recs(dtp->dt_out, ag0, sn[0].as_sorted, m);
		free(sn[0].as_sorted);
		sn[0].as_sorted = NULL;
		if (m > 0)
			aggs[0]->ag_printed = 1;
		dt_agg_release(sn, n, e);
		return 0;
	}
	e = dt_agg_permute(e, m, sn[0].as_sorted);
	sn[0].as_sorted = NULL;
	if (after == DT_AGG_THEN_CLEAR) {
		/* clear() keeps the keys: put them back, zeroed */
		void *zero = calloc((size_t)dt_agg_ncpus(), aggs[0]->ag_valsize);
		for (size_t k = 0; zero != NULL && k < m; k++) {
			if (aggs[0]->ag_array && aggs[0]->ag_dbuf)
				/* the idle map: the live one may have updates */
				dt_agg_reset_fd(aggs[0], aggs[0]->ag_fds[
				    aggs[0]->ag_sel ^ 1], 1);
			else if (aggs[0]->ag_array)
				dt_agg_reset(aggs[0], 1);
			else
				bpf_map_update_elem(aggs[0]->ag_fd, e[k].ae_key,
				    zero, BPF_NOEXIST);
		}
		free(zero);
	}
	if (pf == NULL) {
		if (leadnl)
			fputc('\n', dtp->dt_out);
		dt_agg_print_entries(dtp, dtp->dt_out, aggs, n, e, m);
	} else {
		dt_agg_print_fmt(dtp, dtp->dt_out, pf, aggs, n, e, m);
	}
	/* as DTrace: printed once an entry was printed */
	for (int i = 0; i < n && m > 0; i++)
		aggs[i]->ag_printed = 1;
	dt_agg_release(sn, n, e);
	return 0;
}

/* At exit: every aggregation that printa() has not printed. */
int
dt_agg_print_unprinted(dtrace_hdl_t *dtp)
{
	for (int k = 0; k < dtp->dt_naggs; k++) {
		/* aggsortrev reverses the order of the aggregations too */
		int i = dtp->dt_opts.do_aggsortrev ? dtp->dt_naggs - 1 - k : k;
		dt_agg_t *ag = dtp->dt_aggs[i];
		if (ag->ag_printed || ag->ag_fd < 0)
			continue;
		if (dt_agg_printa(dtp, NULL, &ag, 1, 0, DT_AGG_KEEP) != 0)
			return -1;
	}
	fflush(dtp->dt_out);
	return 0;
}

/* ---- normalize(), clear(), trunc() -------------------------------------- */

/* normalize(@a, n): n divides the entries there now; denormalize is n = 1 */
int
dt_agg_normalize(dtrace_hdl_t *dtp, dt_agg_t *ag, int64_t normal)
{
	dt_aggsnap_t sn;

	free(ag->ag_normkeys);
	ag->ag_normkeys = NULL;
	ag->ag_nnormkeys = 0;
	ag->ag_normal = normal > 0 ? normal : 1;
	if (ag->ag_normal == 1)
		return 0;
	if (dt_agg_snapshot(dtp, ag, &sn) != 0)
		return -1;
	size_t ksz = ag->ag_keysize;
	qsort_r(sn.as_keys, sn.as_n, ksz, dt_agg_keycmp_raw, &ksz);
	ag->ag_normkeys = sn.as_keys;
	ag->ag_nnormkeys = sn.as_n;
	free(sn.as_vals);
	return 0;
}


int
dt_agg_clear(dtrace_hdl_t *dtp, dt_agg_t *ag)
{
	dt_aggsnap_t sn;
	if (dt_agg_snapshot(dtp, ag, &sn) != 0)
		return -1;
	if (ag->ag_array) {
		/* zero the state; an element that was there stays there */
		dt_agg_reset(ag, sn.as_n > 0);
		free(sn.as_keys);
		free(sn.as_vals);
		return 0;
	}
	void *zero = calloc((size_t)dt_agg_ncpus(), ag->ag_valsize);
	for (size_t k = 0; zero != NULL && k < sn.as_n; k++)
		bpf_map_update_elem(ag->ag_fd, sn.as_keys + k * ag->ag_keysize,
		    zero, BPF_EXIST);
	free(zero);
	free(sn.as_keys);
	free(sn.as_vals);
	return 0;
}

/* trunc(@a): remove every key; trunc(@a, n): keep the n largest values,
 * trunc(@a, -n) the n smallest. */
int
dt_agg_trunc(dtrace_hdl_t *dtp, dt_agg_t *ag, int64_t keep)
{
	dt_aggsnap_t sn;
	size_t m;
	int saved = dtp->dt_opts.do_aggsortkey, rev = dtp->dt_opts.do_aggsortrev;

	/* order by value, ascending, whatever the printing options */
	dtp->dt_opts.do_aggsortkey = 0;
	dtp->dt_opts.do_aggsortrev = 0;
	dt_aggent_t *e = dt_agg_collect(dtp, &ag, 1, &sn, &m);
	dtp->dt_opts.do_aggsortkey = saved;
	dtp->dt_opts.do_aggsortrev = rev;
	if (e == NULL)
		return -1;
	e = dt_agg_permute(e, m, sn.as_sorted);
	size_t from = 0, to = m;    /* entries to delete: [from, to) */
	if (keep > 0)
		to = m > (size_t)keep ? m - (size_t)keep : 0;
	else if (keep < 0)
		from = (size_t)-keep < m ? (size_t)-keep : m;
	for (size_t k = from; k < to; k++) {
		if (ag->ag_array)
			dt_agg_reset(ag, 0);
		else
			bpf_map_delete_elem(ag->ag_fd, e[k].ae_key);
	}
	dt_agg_release(&sn, 1, e);
	return 0;
}
