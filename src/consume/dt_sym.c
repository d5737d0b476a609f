/*
 * dt_sym.c -- addresses to symbols: kallsyms for the kernel, /proc/PID/maps
 * and ELF symbol tables (libelf) for processes; stacks printed as DTrace
 * prints them.  See dt_sym.h.
 */
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <libelf.h>
#include <gelf.h>
#include <bpf/bpf.h>
#include "dt_sym.h"
#include "../lib/dt_impl.h"

typedef struct dt_symbol {
	uint64_t sy_addr;
	uint64_t sy_size;            /* 0: up to the next symbol */
	const char *sy_name;
	const char *sy_obj;          /* kernel: "vmlinux" or the module */
} dt_symbol_t;

typedef struct dt_symvec {
	dt_symbol_t *sv_syms;
	size_t sv_n, sv_cap;
	char *sv_strs;               /* names, when owned here */
} dt_symvec_t;

typedef struct dt_object {
	char *ob_path;
	char *ob_base;               /* basename: what DTrace prints */
	dt_symvec_t ob_syms;
	GElf_Phdr *ob_loads;         /* PT_LOAD segments */
	size_t ob_nloads;
	struct dt_object *ob_next;
} dt_object_t;

typedef struct dt_map {
	uint64_t mp_start, mp_end, mp_off;
	dt_object_t *mp_obj;
} dt_map_t;

typedef struct dt_proc {
	uint32_t pc_pid;
	dt_map_t *pc_maps;
	size_t pc_nmaps;
	struct dt_proc *pc_next;
} dt_proc_t;

struct dt_symtab {
	int st_kloaded;
	dt_symvec_t st_kernel;
	char **st_kmods;             /* module names, owned */
	size_t st_nkmods;
	struct {                     /* each kernel object's lowest symbol */
		const char *ob_name;
		uint64_t ob_base;
	} *st_kbases;
	size_t st_nkbases;
	dt_object_t *st_objs;
	dt_proc_t *st_procs;
	char *st_kall;               /* /proc/kallsyms whole, for names */
};

static struct dt_symtab *
dt_sym_tab(dtrace_hdl_t *dtp)
{
	if (dtp->dt_symtab == NULL)
		dtp->dt_symtab = calloc(1, sizeof(struct dt_symtab));
	return dtp->dt_symtab;
}

static void
dt_symvec_add(dt_symvec_t *sv, uint64_t addr, uint64_t size,
    const char *name, const char *obj)
{
	if (sv->sv_n == sv->sv_cap) {
		sv->sv_cap = sv->sv_cap ? sv->sv_cap * 2 : 1024;
		sv->sv_syms = realloc(sv->sv_syms, sv->sv_cap *
		    sizeof(dt_symbol_t));
	}
	sv->sv_syms[sv->sv_n++] = (dt_symbol_t){ addr, size, name, obj };
}

static int
dt_sym_cmp(const void *a, const void *b)
{
	const dt_symbol_t *x = a, *y = b;
	return x->sy_addr < y->sy_addr ? -1 : x->sy_addr > y->sy_addr;
}

/* the last symbol at or below addr, or NULL */
static const dt_symbol_t *
dt_symvec_find(const dt_symvec_t *sv, uint64_t addr)
{
	size_t lo = 0, hi = sv->sv_n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (sv->sv_syms[mid].sy_addr <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return NULL;
	const dt_symbol_t *s = &sv->sv_syms[lo - 1];
	if (s->sy_size != 0 && addr >= s->sy_addr + s->sy_size)
		return NULL;
	return s;
}

/* kallsyms' text, read whole the first time a program names a kernel
 * symbol (the table dt_sym_kload() keeps has functions only) */
static const char *
dt_sym_kall(struct dt_symtab *st)
{
	FILE *f;
	size_t len = 0, cap = 1 << 22, r;

	if (st->st_kall != NULL || (f = fopen("/proc/kallsyms", "r")) == NULL)
		return st->st_kall;
	char *buf = malloc(cap + 1);
	while (buf != NULL && (r = fread(buf + len, 1, cap - len, f)) > 0) {
		len += r;
		if (len == cap) {
			char *nb = realloc(buf, (cap *= 2) + 1);
			if (nb == NULL)
				free(buf);
			buf = nb;
		}
	}
	fclose(f);
	if (buf != NULL)
		buf[len] = '\0';
	return st->st_kall = buf;
}

int
dt_sym_kaddr(dtrace_hdl_t *dtp, const char *mod, const char *name,
    uint64_t *addr, char *type, unsigned *ndata)
{
	const char *line = dt_sym_kall(dt_sym_tab(dtp)), *next;
	size_t nl = strlen(name), ml;
	int found = -1;

	*ndata = 0;
	if (line == NULL)
		return -1;
	if (mod != NULL && strcmp(mod, "vmlinux") == 0)
		mod = NULL;
	ml = mod != NULL ? strlen(mod) : 0;
	/* "address type name[\t[module]]\n" */
	for (; *line != '\0'; line = next) {
		next = strchr(line, '\n');
		next = next != NULL ? next + 1 : line + strlen(line);
		const char *t = memchr(line, ' ', (size_t)(next - line));
		if (t == NULL || next - t < 4 || t[2] != ' ')
			continue;
		const char *sym = t + 3, *end = sym + strcspn(sym, "\t\n");
		/* variables, not the linker's section bounds */
		if (strchr("dDbBrR", t[1]) != NULL && strncmp(sym, "__start", 7) &&
		    strncmp(sym, "__stop", 6))
			(*ndata)++;
		if (found == 0 || (size_t)(end - sym) != nl ||
		    memcmp(sym, name, nl) != 0)
			continue;
		if (mod == NULL ? *end == '\t' : *end != '\t' ||
		    end[1] != '[' || strncmp(end + 2, mod, ml) != 0 ||
		    end[2 + ml] != ']')
			continue;
		*addr = strtoull(line, NULL, 16);
		*type = t[1];
		found = 0;
	}
	return found;
}

/* /proc/kallsyms: text symbols only, read once */
static void
dt_sym_kload(struct dt_symtab *st)
{
	FILE *f = fopen("/proc/kallsyms", "r");
	char line[512];
	size_t slen = 0, scap = 1 << 20;

	st->st_kloaded = 1;
	if (f == NULL)
		return;
	/* names are kept in one buffer; offsets become pointers below */
	char *strs = malloc(scap);
	dt_symvec_t *sv = &st->st_kernel;
	while (fgets(line, sizeof(line), f) != NULL) {
		unsigned long long a;
		char type, name[256], mod[128];
		int n = sscanf(line, "%llx %c %255s [%127[^]]]", &a, &type,
		    name, mod);
		if (n < 3 || a == 0 || (type != 't' && type != 'T' &&
		    type != 'w' && type != 'W'))
			continue;
		const char *obj = "vmlinux";
		if (n == 4) {
			size_t i;
			for (i = 0; i < st->st_nkmods; i++)
				if (strcmp(st->st_kmods[i], mod) == 0)
					break;
			if (i == st->st_nkmods) {
				st->st_kmods = realloc(st->st_kmods, (i + 1) *
				    sizeof(char *));
				st->st_kmods[st->st_nkmods++] = strdup(mod);
			}
			obj = st->st_kmods[i];
		}
		size_t l = strlen(name) + 1;
		if (slen + l > scap) {
			scap *= 2;
			strs = realloc(strs, scap);
		}
		memcpy(strs + slen, name, l);
		dt_symvec_add(sv, a, 0, (const char *)(uintptr_t)slen, obj);
		slen += l;
	}
	fclose(f);
	for (size_t i = 0; i < sv->sv_n; i++)
		sv->sv_syms[i].sy_name = strs + (uintptr_t)sv->sv_syms[i].sy_name;
	sv->sv_strs = strs;
	qsort(sv->sv_syms, sv->sv_n, sizeof(dt_symbol_t), dt_sym_cmp);
	/* sorted: an object's first symbol is its lowest */
	st->st_kbases = calloc(st->st_nkmods + 1, sizeof(*st->st_kbases));
	for (size_t i = 0; st->st_kbases != NULL && i < sv->sv_n; i++) {
		size_t j = 0;
		while (j < st->st_nkbases &&
		    st->st_kbases[j].ob_name != sv->sv_syms[i].sy_obj)
			j++;
		if (j == st->st_nkbases && j <= st->st_nkmods) {
			st->st_kbases[j].ob_name = sv->sv_syms[i].sy_obj;
			st->st_kbases[j].ob_base = sv->sv_syms[i].sy_addr;
			st->st_nkbases++;
		}
	}
}

/* An ELF file's function symbols and load segments, read once. */
static dt_object_t *
dt_sym_object(struct dt_symtab *st, const char *path)
{
	for (dt_object_t *o = st->st_objs; o; o = o->ob_next)
		if (strcmp(o->ob_path, path) == 0)
			return o;
	dt_object_t *o = calloc(1, sizeof(*o));
	o->ob_path = strdup(path);
	const char *b = strrchr(path, '/');
	o->ob_base = strdup(b ? b + 1 : path);
	o->ob_next = st->st_objs;
	st->st_objs = o;

	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return o;
	elf_version(EV_CURRENT);
	Elf *e = elf_begin(fd, ELF_C_READ, NULL);
	size_t nph = 0;
	if (e != NULL && elf_getphdrnum(e, &nph) == 0) {
		o->ob_loads = calloc(nph ? nph : 1, sizeof(GElf_Phdr));
		for (size_t i = 0; i < nph; i++) {
			GElf_Phdr ph;
			if (gelf_getphdr(e, (int)i, &ph) != NULL &&
			    ph.p_type == PT_LOAD)
				o->ob_loads[o->ob_nloads++] = ph;
		}
	}
	/* names are copied: the ELF handle is closed below */
	size_t slen = 0, scap = 4096;
	char *strs = malloc(scap);
	for (Elf_Scn *scn = e ? elf_nextscn(e, NULL) : NULL; scn;
	    scn = elf_nextscn(e, scn)) {
		GElf_Shdr sh;
		if (gelf_getshdr(scn, &sh) == NULL || (sh.sh_type != SHT_SYMTAB &&
		    sh.sh_type != SHT_DYNSYM) || sh.sh_entsize == 0)
			continue;
		Elf_Data *d = elf_getdata(scn, NULL);
		size_t n = sh.sh_size / sh.sh_entsize;
		for (size_t i = 0; d != NULL && i < n; i++) {
			GElf_Sym sym;
			if (gelf_getsym(d, (int)i, &sym) == NULL ||
			    (GELF_ST_TYPE(sym.st_info) != STT_FUNC &&
			    GELF_ST_TYPE(sym.st_info) != STT_GNU_IFUNC) ||
			    sym.st_value == 0 || sym.st_shndx == SHN_UNDEF)
				continue;
			const char *nm = elf_strptr(e, sh.sh_link, sym.st_name);
			if (nm == NULL || *nm == '\0')
				continue;
			size_t l = strlen(nm) + 1;
			while (slen + l > scap) {
				scap *= 2;
				strs = realloc(strs, scap);
			}
			memcpy(strs + slen, nm, l);
			dt_symvec_add(&o->ob_syms, sym.st_value, sym.st_size,
			    (const char *)(uintptr_t)slen, o->ob_base);
			slen += l;
		}
	}
	dt_symvec_t *sv = &o->ob_syms;
	for (size_t i = 0; i < sv->sv_n; i++)
		sv->sv_syms[i].sy_name = strs + (uintptr_t)sv->sv_syms[i].sy_name;
	sv->sv_strs = strs;
	qsort(sv->sv_syms, sv->sv_n, sizeof(dt_symbol_t), dt_sym_cmp);
	if (e != NULL)
		elf_end(e);
	close(fd);
	return o;
}

/* Read /proc/PID/maps into (or over) the process's entry. */
static dt_proc_t *
dt_sym_readmaps(struct dt_symtab *st, dt_proc_t *pc, uint32_t pid)
{
	char path[64], line[4200];
	snprintf(path, sizeof(path), "/proc/%u/maps", pid);
	FILE *f = fopen(path, "r");

	if (pc == NULL) {
		pc = calloc(1, sizeof(*pc));
		pc->pc_pid = pid;
		pc->pc_next = st->st_procs;
		st->st_procs = pc;
	}
	if (f == NULL)
		return pc;          /* gone: keep what we had */
	dt_map_t *maps = NULL;
	size_t n = 0;
	while (fgets(line, sizeof(line), f) != NULL) {
		unsigned long long s, e, off;
		char perms[8], file[4096];
		file[0] = '\0';
		if (sscanf(line, "%llx-%llx %7s %llx %*s %*s %4095[^\n]", &s, &e,
		    perms, &off, file) < 4 || perms[2] != 'x' || file[0] != '/')
			continue;
		maps = realloc(maps, (n + 1) * sizeof(dt_map_t));
		maps[n++] = (dt_map_t){ s, e, off, dt_sym_object(st, file) };
	}
	fclose(f);
	if (n > 0) {
		free(pc->pc_maps);
		pc->pc_maps = maps;
		pc->pc_nmaps = n;
	}
	return pc;
}

void
dt_sym_snapshot(dtrace_hdl_t *dtp, uint32_t pid)
{
	struct dt_symtab *st = dt_sym_tab(dtp);
	dt_proc_t *pc;

	for (pc = st->st_procs; pc; pc = pc->pc_next)
		if (pc->pc_pid == pid)
			break;
	dt_sym_readmaps(st, pc, pid);
}

/* Resolve addr: the symbol (or NULL) and the object's name (or NULL). */
static const dt_symbol_t *
dt_sym_lookup(dtrace_hdl_t *dtp, uint32_t pid, uint64_t addr,
    const char **objp)
{
	struct dt_symtab *st = dt_sym_tab(dtp);

	*objp = NULL;
	if (pid == 0) {
		if (!st->st_kloaded)
			dt_sym_kload(st);
		const dt_symbol_t *s = dt_symvec_find(&st->st_kernel, addr);
		if (s != NULL)
			*objp = s->sy_obj;
		return s;
	}
	dt_proc_t *pc;
	for (pc = st->st_procs; pc; pc = pc->pc_next)
		if (pc->pc_pid == pid)
			break;
	if (pc == NULL)
		pc = dt_sym_readmaps(st, NULL, pid);
	for (size_t i = 0; i < pc->pc_nmaps; i++) {
		const dt_map_t *m = &pc->pc_maps[i];
		if (addr < m->mp_start || addr >= m->mp_end)
			continue;
		const dt_object_t *o = m->mp_obj;
		uint64_t foff = addr - m->mp_start + m->mp_off, va = foff;
		for (size_t j = 0; j < o->ob_nloads; j++) {
			const GElf_Phdr *ph = &o->ob_loads[j];
			if (foff >= ph->p_offset && foff < ph->p_offset +
			    ph->p_filesz) {
				va = foff - ph->p_offset + ph->p_vaddr;
				break;
			}
		}
		*objp = o->ob_base;
		const dt_symbol_t *s = dt_symvec_find(&o->ob_syms, va);
		if (s == NULL)
			return NULL;
		/* report the offset against the address as mapped */
		static dt_symbol_t adj;
		adj = *s;
		adj.sy_addr = addr - (va - s->sy_addr);
		return &adj;
	}
	return NULL;
}

void
dt_sym_format(dtrace_hdl_t *dtp, uint32_t pid, uint64_t addr, char *buf,
    size_t len)
{
	const char *obj;
	const dt_symbol_t *s = dt_sym_lookup(dtp, pid, addr, &obj);

	if (s != NULL && addr > s->sy_addr)
		snprintf(buf, len, "%s`%s+0x%llx", obj, s->sy_name,
		    (unsigned long long)(addr - s->sy_addr));
	else if (s != NULL)
		snprintf(buf, len, "%s`%s", obj, s->sy_name);
	else if (obj != NULL)
		snprintf(buf, len, "%s`0x%llx", obj, (unsigned long long)addr);
	else
		snprintf(buf, len, "0x%llx", (unsigned long long)addr);
}

void
dt_sym_parts(dtrace_hdl_t *dtp, uint32_t pid, uint64_t addr, char *obj,
    size_t olen, char *func, size_t flen)
{
	const char *o;
	const dt_symbol_t *s = dt_sym_lookup(dtp, pid, addr, &o);

	if (o != NULL)
		snprintf(obj, olen, "%s", o);
	else
		snprintf(obj, olen, "0x%llx", (unsigned long long)addr);
	if (s != NULL)
		snprintf(func, flen, "%s`%s", o, s->sy_name);
	else
		snprintf(func, flen, "0x%llx", (unsigned long long)addr);
}

void
dt_sym_print_stack(dtrace_hdl_t *dtp, FILE *fp, uint64_t v, int user)
{
	uint64_t pcs[DT_STACK_MAXFRAMES];
	uint32_t id = DT_STACK_ID(v);
	uint32_t want = DT_STACK_FRAMES(v);
	char buf[1024];

	if (want == 0)
		want = (uint32_t)(user ? dtp->dt_opts.do_ustackframes :
		    dtp->dt_opts.do_stackframes);
	if (want > DT_STACK_MAXFRAMES)
		want = DT_STACK_MAXFRAMES;
	fputc('\n', fp);
	memset(pcs, 0, sizeof(pcs));
	if (id == 0 || dtp->dt_fd_stacks < 0)
		return;
	uint32_t key = id - 1;
	if (bpf_map_lookup_elem(dtp->dt_fd_stacks, &key, pcs) != 0)
		return;
	/* a kernel stack taken at a tracepoint may still start in the glue
	 * that calls the program (how much depends on how many programs are
	 * attached there): it is not part of the traced code */
	static const char *const glue[] = { "bpf_prog_", "bpf_trace_run",
	    "__bpf_trace_", "__traceiter_" };
	uint32_t first = 0;
	for (; !user && first < DT_STACK_MAXFRAMES && pcs[first] != 0;
	    first++) {
		const char *obj;
		const dt_symbol_t *s = dt_sym_lookup(dtp, 0, pcs[first], &obj);
		size_t g = 0;
		for (; s != NULL && g < sizeof(glue) / sizeof(glue[0]); g++)
			if (strncmp(s->sy_name, glue[g], strlen(glue[g])) == 0)
				break;
		if (s == NULL || g == sizeof(glue) / sizeof(glue[0]))
			break;
	}
	for (uint32_t i = first; i < first + want && i < DT_STACK_MAXFRAMES &&
	    pcs[i] != 0; i++) {
		dt_sym_format(dtp, user ? DT_STACK_PID(v) : 0, pcs[i], buf,
		    sizeof(buf));
		fprintf(fp, "%*s%s\n", 14, "", buf);
	}
}

void
dt_sym_free(dtrace_hdl_t *dtp)
{
	struct dt_symtab *st = dtp->dt_symtab;
	if (st == NULL)
		return;
	free(st->st_kernel.sv_syms);
	free(st->st_kernel.sv_strs);
	for (size_t i = 0; i < st->st_nkmods; i++)
		free(st->st_kmods[i]);
	free(st->st_kmods);
	free(st->st_kbases);
	free(st->st_kall);
	for (dt_object_t *o = st->st_objs, *n; o; o = n) {
		n = o->ob_next;
		free(o->ob_path);
		free(o->ob_base);
		free(o->ob_syms.sv_syms);
		free(o->ob_syms.sv_strs);
		free(o->ob_loads);
		free(o);
	}
	for (dt_proc_t *p = st->st_procs, *n; p; p = n) {
		n = p->pc_next;
		free(p->pc_maps);
		free(p);
	}
	free(st);
	dtp->dt_symtab = NULL;
}

/* printf's %a (kernel) and %A (user: the -c or -p process) conversions */
int
dt_sym_pfsym(void *arg, int user, uint64_t addr, char *buf, size_t len)
{
	dtrace_hdl_t *dtp = arg;

	if (user && dtp->dt_target <= 0)
		return -1;
	dt_sym_format(dtp, user ? (uint32_t)dtp->dt_target : 0, addr, buf, len);
	return 0;
}

/*
 * The value sym()/func() (mod = 0) or mod() (mod = 1) aggregation keys
 * are merged on: the address of the symbol, or of the module's first
 * symbol, holding addr; addr itself when nothing holds it.
 */
uint64_t
dt_sym_normalize(dtrace_hdl_t *dtp, uint32_t pid, uint64_t addr, int mod)
{
	const char *obj;
	const dt_symbol_t *s = dt_sym_lookup(dtp, pid, addr, &obj);

	if (pid != 0 && mod && obj != NULL) {
		/* the object's first mapping in the process */
		const struct dt_symtab *st = dt_sym_tab(dtp);
		uint64_t lo = addr;
		for (const dt_proc_t *pc = st->st_procs; pc; pc = pc->pc_next)
			for (size_t i = 0; pc->pc_pid == pid &&
			    i < pc->pc_nmaps; i++)
				if (pc->pc_maps[i].mp_obj->ob_base == obj &&
				    pc->pc_maps[i].mp_start < lo)
					lo = pc->pc_maps[i].mp_start;
		return lo;
	}
	if (s == NULL)
		return addr;
	if (!mod || pid != 0)
		return s->sy_addr;
	const struct dt_symtab *st = dt_sym_tab(dtp);
	for (size_t i = 0; i < st->st_nkbases; i++)
		if (st->st_kbases[i].ob_name == obj)
			return st->st_kbases[i].ob_base;
	return s->sy_addr;
}

void
dt_sym_value(dtrace_hdl_t *dtp, int kind, const char *rec, char *buf,
    size_t len)
{
	uint64_t addr, pid = 0;
	char obj[512], fn[1024];

	memcpy(&addr, rec, 8);
	if (DT_STK_ISUSER(kind))
		memcpy(&pid, rec + 8, 8);
	if (kind == 7) {
		dt_sym_format(dtp, (uint32_t)pid, addr, buf, len);
		return;
	}
	dt_sym_parts(dtp, (uint32_t)pid, addr, obj, sizeof(obj), fn,
	    sizeof(fn));
	snprintf(buf, len, "%s", kind == 4 || kind == 6 ? obj : fn);
}
