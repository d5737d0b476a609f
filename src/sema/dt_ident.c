/*
 * dt_ident.c -- identifier tables: built-in variables, actions and
 * subroutines (static), and the program's own variables (per handle).
 *
 * Built-in variables and functions are described once here, with the
 * type name the semantic pass resolves through the type table.  User
 * variables live in three per-handle lists by scope (global, self, this);
 * each carries its storage assignment, made by the semantic pass when the
 * variable is first declared or assigned.
 */
#include <stdlib.h>
#include <string.h>
#include "../lib/dt_impl.h"

typedef struct dt_bvar {
	const char *bv_name;
	dt_var_t bv_id;
	const char *bv_type;
} dt_bvar_t;

static const dt_bvar_t dt_bvars[] = {
	{ "arg0", DT_VAR_ARG0, "int64_t" }, { "arg1", DT_VAR_ARG1, "int64_t" },
	{ "arg2", DT_VAR_ARG2, "int64_t" }, { "arg3", DT_VAR_ARG3, "int64_t" },
	{ "arg4", DT_VAR_ARG4, "int64_t" }, { "arg5", DT_VAR_ARG5, "int64_t" },
	{ "arg6", DT_VAR_ARG6, "int64_t" }, { "arg7", DT_VAR_ARG7, "int64_t" },
	{ "arg8", DT_VAR_ARG8, "int64_t" }, { "arg9", DT_VAR_ARG9, "int64_t" },
	{ "timestamp", DT_VAR_TIMESTAMP, "uint64_t" },
	{ "vtimestamp", DT_VAR_VTIMESTAMP, "uint64_t" },
	{ "walltimestamp", DT_VAR_WALLTIMESTAMP, "int64_t" },
	{ "pid", DT_VAR_PID, "pid_t" },
	{ "tid", DT_VAR_TID, "id_t" },
	{ "ppid", DT_VAR_PPID, "pid_t" },
	{ "uid", DT_VAR_UID, "uid_t" },
	{ "gid", DT_VAR_GID, "gid_t" },
	{ "execname", DT_VAR_EXECNAME, "string" },
	{ "cpu", DT_VAR_CPU, "processorid_t" },
	{ "probeprov", DT_VAR_PROBEPROV, "string" },
	{ "probemod", DT_VAR_PROBEMOD, "string" },
	{ "probefunc", DT_VAR_PROBEFUNC, "string" },
	{ "probename", DT_VAR_PROBENAME, "string" },
	{ "epid", DT_VAR_EPID, "uint_t" },
	{ "id", DT_VAR_ID, "uint_t" },
	{ "curthread", DT_VAR_CURTHREAD, "kthread_t *" },
	{ "errno", DT_VAR_ERRNO, "int" },
};

typedef struct dt_bfunc {
	const char *bf_name;
	dt_fn_t bf_id;
	const char *bf_type;   /* return type */
} dt_bfunc_t;

static const dt_bfunc_t dt_bfuncs[] = {
	{ "trace", DT_FN_TRACE, "void" },
	{ "printf", DT_FN_PRINTF, "void" },
	{ "exit", DT_FN_EXIT, "void" },
	{ "print", DT_FN_PRINT, "void" },
	{ "tracemem", DT_FN_TRACEMEM, "void" },
	{ "count", DT_FN_COUNT, "void" },
	{ "sum", DT_FN_SUM, "void" },
	{ "avg", DT_FN_AVG, "void" },
	{ "min", DT_FN_MIN, "void" },
	{ "max", DT_FN_MAX, "void" },
	{ "stddev", DT_FN_STDDEV, "void" },
	{ "quantize", DT_FN_QUANTIZE, "void" },
	{ "lquantize", DT_FN_LQUANTIZE, "void" },
	{ "llquantize", DT_FN_LLQUANTIZE, "void" },
	{ "printa", DT_FN_PRINTA, "void" },
	{ "clear", DT_FN_CLEAR, "void" },
	{ "trunc", DT_FN_TRUNC, "void" },
	{ "normalize", DT_FN_NORMALIZE, "void" },
	{ "denormalize", DT_FN_DENORMALIZE, "void" },
	{ "stack", DT_FN_STACK, "stack" },
	{ "ustack", DT_FN_USTACK, "ustack" },
	{ "sym", DT_FN_SYM, "_symaddr" },
	{ "func", DT_FN_FUNC, "_symaddr" },
	{ "mod", DT_FN_MOD, "_modaddr" },
	{ "usym", DT_FN_USYM, "_usymaddr" },
	{ "ufunc", DT_FN_UFUNC, "_usymaddr" },
	{ "umod", DT_FN_UMOD, "_umodaddr" },
	{ "uaddr", DT_FN_UADDR, "_uaddr" },
	{ "setopt", DT_FN_SETOPT, "void" },
	{ "speculation", DT_FN_SPECULATION, "int" },
	{ "speculate", DT_FN_SPECULATE, "void" },
	{ "commit", DT_FN_COMMIT, "void" },
	{ "discard", DT_FN_DISCARD, "void" },
	{ "copyinstr", DT_FN_COPYINSTR, "string" },
	{ "strlen", DT_FN_STRLEN, "size_t" },
	{ "strjoin", DT_FN_STRJOIN, "string" },
	{ "substr", DT_FN_SUBSTR, "string" },
	{ "index", DT_FN_INDEX, "int" },
	{ "rindex", DT_FN_RINDEX, "int" },
	{ "strstr", DT_FN_STRSTR, "string" },
	{ "strchr", DT_FN_STRCHR, "string" },
	{ "strrchr", DT_FN_STRRCHR, "string" },
	{ "toupper", DT_FN_TOUPPER, "string" },
	{ "tolower", DT_FN_TOLOWER, "string" },
	{ "ntohs", DT_FN_NTOHS, "uint16_t" },
	{ "ntohl", DT_FN_NTOHL, "uint32_t" },
	{ "ntohll", DT_FN_NTOHLL, "uint64_t" },
	{ "htons", DT_FN_HTONS, "uint16_t" },
	{ "htonl", DT_FN_HTONL, "uint32_t" },
	{ "htonll", DT_FN_HTONLL, "uint64_t" },
	{ "lltostr", DT_FN_LLTOSTR, "string" },
	{ "strtoll", DT_FN_STRTOLL, "int64_t" },
	{ "inet_ntoa", DT_FN_INET_NTOA, "string" },
	{ "inet_ntoa6", DT_FN_INET_NTOA6, "string" },
	{ "inet_ntop", DT_FN_INET_NTOP, "string" },
	{ "basename", DT_FN_BASENAME, "string" },
	{ "dirname", DT_FN_DIRNAME, "string" },
	{ "cleanpath", DT_FN_CLEANPATH, "string" },
	{ "alloca", DT_FN_ALLOCA, "void *" },
	{ "copyin", DT_FN_COPYIN, "void *" },
	{ "copyinto", DT_FN_COPYINTO, "void" },
	{ "bcopy", DT_FN_BCOPY, "void" },
	{ "rand", DT_FN_RAND, "int" },
	{ "progenyof", DT_FN_PROGENYOF, "int" },
	{ "d_path", DT_FN_D_PATH, "string" },
	{ "__d_path", DT_FN_D_PATH2, "string" },
	{ "strtok", DT_FN_STRTOK, "string" },
	{ "__psargs", DT_FN_PSARGS, "string" },
	{ "copyout", DT_FN_COPYOUT, "void" },
	{ "copyoutstr", DT_FN_COPYOUTSTR, "void" },
	{ "stop", DT_FN_STOP, "void" },
	{ "raise", DT_FN_RAISE, "void" },
	{ "system", DT_FN_SYSTEM, "void" },
	{ "freopen", DT_FN_FREOPEN, "void" },
	{ "ftruncate", DT_FN_FTRUNCATE, "void" },
	{ "chill", DT_FN_CHILL, "void" },
	{ "panic", DT_FN_PANIC, "void" },
	{ "breakpoint", DT_FN_BREAKPOINT, "void" },
};

/*
 * The static tables are turned into dt_ident_t objects on first use; the
 * type is filled in by the semantic pass (it needs the handle's types), so
 * these carry only names and ids and are never modified after creation.
 */
static dt_ident_t dt_bvar_idents[sizeof(dt_bvars) / sizeof(dt_bvars[0])];
static dt_ident_t dt_bfunc_idents[sizeof(dt_bfuncs) / sizeof(dt_bfuncs[0])];

const char *
dt_ident_builtin_type(const dt_ident_t *id)
{
	if (id->di_kind == DT_IDK_BUILTIN)
		return dt_bvars[id - dt_bvar_idents].bv_type;
	return dt_bfuncs[id - dt_bfunc_idents].bf_type;
}

dt_ident_t *
dt_ident_builtin(const char *name)
{
	for (size_t i = 0; i < sizeof(dt_bvars) / sizeof(dt_bvars[0]); i++) {
		if (strcmp(dt_bvars[i].bv_name, name) == 0) {
			dt_ident_t *id = &dt_bvar_idents[i];
			id->di_name = (char *)dt_bvars[i].bv_name;
			id->di_kind = DT_IDK_BUILTIN;
			id->di_id = dt_bvars[i].bv_id;
			return id;
		}
	}
	return NULL;
}

dt_ident_t *
dt_ident_func(const char *name)
{
	for (size_t i = 0; i < sizeof(dt_bfuncs) / sizeof(dt_bfuncs[0]); i++) {
		if (strcmp(dt_bfuncs[i].bf_name, name) == 0) {
			dt_ident_t *id = &dt_bfunc_idents[i];
			id->di_name = (char *)dt_bfuncs[i].bf_name;
			id->di_kind = DT_IDK_FUNC;
			id->di_id = dt_bfuncs[i].bf_id;
			return id;
		}
	}
	return NULL;
}

static dt_ident_t **
dt_ident_list(dtrace_hdl_t *dtp, dt_idscope_t scope)
{
	switch (scope) {
	case DT_IDS_SELF:
		return &dtp->dt_tls;
	case DT_IDS_THIS:
		return &dtp->dt_locals;
	default:
		return &dtp->dt_globals;
	}
}

dt_ident_t *
dt_ident_lookup(dtrace_hdl_t *dtp, dt_idscope_t scope, const char *name)
{
	for (dt_ident_t *id = *dt_ident_list(dtp, scope); id; id = id->di_next)
		if (strcmp(id->di_name, name) == 0)
			return id;
	return NULL;
}

dt_ident_t *
dt_ident_add(dtrace_hdl_t *dtp, dt_idscope_t scope, const char *name,
    dt_idkind_t kind, dt_type_t *type, int line)
{
	dt_ident_t *id = calloc(1, sizeof(*id)), **pp;

	id->di_name = strdup(name);
	id->di_kind = kind;
	id->di_scope = scope;
	id->di_type = type;
	id->di_line = line;
	id->di_map = -1;
	for (pp = dt_ident_list(dtp, scope); *pp; pp = &(*pp)->di_next)
		;
	*pp = id;
	return id;
}
