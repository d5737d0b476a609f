/*
 * dt_errtags.h -- the stable tags of D compile errors.
 *
 * Each tag names one kind of compile error; "-x errtags" prints it in
 * brackets before the message so that tests and users can match on it.
 * Tag names follow illumos DTrace where the meaning is the same.  Every tag
 * listed here has a golden test tests/golden/err.D_TAG*.d.
 *
 * The list is an X-macro: DT_ERRTAG(name).  Add new tags at the end of the
 * section of the stage that raises them.
 */
#ifndef DT_ERRTAGS_H
#define DT_ERRTAGS_H

#define DT_ERRTAGS(X) \
	/* no tag */ \
	X(D_UNKNOWN) \
	/* lexer and parser (src/parse) */ \
	X(D_SYNTAX) \
	X(D_EMPTY) \
	X(D_INT_OFLOW) \
	X(D_INT_DIGIT) \
	X(D_STR_NL) \
	X(D_CHR_NL) \
	X(D_CHR_NULL) \
	X(D_CHR_OFLOW) \
	X(D_PRAGMA_MALFORM) \
	X(D_PRAGMA_INVAL) \
	X(D_KEYWORD_UNSUP) \
	/* pragmas and options (src/lib) */ \
	X(D_PRAGMA_OPTSET) \
	X(D_PRAGERR) \
	X(D_MACRO_UNDEF) \
	X(D_MACRO_OFLOW) \
	X(D_MACRO_UNUSED) \
	/* semantic pass (src/sema) */ \
	X(D_IDENT_UNDEF) \
	X(D_VAR_UNDEF) \
	X(D_PDESC_ZERO) \
	X(D_PDESC_INVAL) \
	X(D_PRED_SCALAR) \
	X(D_FUNC_UNDEF) \
	X(D_FUNC_IDENT) \
	X(D_PROTO_LEN) \
	X(D_PROTO_ARG) \
	X(D_OP_INT) \
	X(D_OP_ARITH) \
	X(D_OP_SCALAR) \
	X(D_OP_LVAL) \
	X(D_OP_WRITE) \
	X(D_OP_INCOMPAT) \
	X(D_OP_PTR) \
	X(D_CAST) \
	X(D_DECL_TYPERED) \
	X(D_DECL_IDRED) \
	X(D_DECL_BADCLASS) \
	X(D_DECL_VOIDOBJ) \
	X(D_DECL_ARRSUB) \
	X(D_DECL_COMBO) \
	X(D_SIZEOF_TYPE) \
	X(D_STRINGOF_TYPE) \
	X(D_OFFSETOF_TYPE) \
	X(D_TYPE_MEMBER) \
	X(D_OP_SOU) \
	X(D_OP_INCOMPLETE) \
	X(D_XLATE_NONE) \
	X(D_XLATE_NOCONV) \
	X(D_XLATE_MEMB) \
	X(D_XLATE_REDECL) \
	X(D_XLATE_SOU) \
	X(D_DEREF_NONPTR) \
	X(D_DEREF_VOID) \
	X(D_ADDROF_VAR) \
	X(D_ADDROF_LVAL) \
	X(D_ADDROF_BITFIELD) \
	X(D_SYM_NOTYPES) \
	X(D_SYM_NOADDR) \
	X(D_ARR_BADREF) \
	X(D_VAR_UNSUP) \
	X(D_DIV_ZERO) \
	X(D_OP_ARRFUN) \
	X(D_PRINTF_ARG_FMT) \
	X(D_PRINTF_ARG_TYPE) \
	X(D_PRINTF_ARG_EXTRA) \
	X(D_PRINTF_FMT_EMPTY) \
	X(D_PRINTF_DYN_PROTO) \
	X(D_PRINTF_DYN_TYPE) \
	X(D_PRINTF_ARG_PROTO) \
	X(D_PRINTF_AGG_CONV) \
	X(D_TRACE_VOID) \
	X(D_PRINT_VOID) \
	X(D_PRINT_DYN) \
	X(D_PRINT_AGG) \
	X(D_TRACEMEM_ADDR) \
	X(D_TRACEMEM_SIZE) \
	X(D_TRACEMEM_ARGS) \
	X(D_TRACEMEM_DYNSIZE) \
	X(D_LOOP_BOUND) \
	X(D_BREAK_OUTSIDE) \
	X(D_SPEC_PLACE) \
	/* aggregations (src/sema) */ \
	X(D_AGG_FUNC) \
	X(D_AGG_REDEF) \
	X(D_AGG_MDIM) \
	X(D_AGG_NULL) \
	X(D_AGG_SCALAR) \
	X(D_KEY_TYPE) \
	X(D_LQUANT_BASETYPE) \
	X(D_LQUANT_BASEVAL) \
	X(D_LQUANT_LIMTYPE) \
	X(D_LQUANT_LIMVAL) \
	X(D_LQUANT_MISMATCH) \
	X(D_LQUANT_STEPTYPE) \
	X(D_LQUANT_STEPVAL) \
	X(D_LQUANT_STEPLARGE) \
	X(D_LQUANT_STEPSMALL) \
	X(D_LQUANT_MATCHBASE) \
	X(D_LQUANT_MATCHLIM) \
	X(D_LQUANT_MATCHSTEP) \
	X(D_LLQUANT_FACTORTYPE) \
	X(D_LLQUANT_FACTORVAL) \
	X(D_LLQUANT_LOWTYPE) \
	X(D_LLQUANT_LOWVAL) \
	X(D_LLQUANT_HIGHTYPE) \
	X(D_LLQUANT_HIGHVAL) \
	X(D_LLQUANT_NSTEPTYPE) \
	X(D_LLQUANT_NSTEPVAL) \
	X(D_LLQUANT_FACTORSMALL) \
	X(D_LLQUANT_MAGRANGE) \
	X(D_LLQUANT_FACTORNSTEPS) \
	X(D_LLQUANT_FACTOREVEN) \
	X(D_LLQUANT_MAGTOOBIG) \
	X(D_LLQUANT_FACTORMATCH) \
	X(D_LLQUANT_LOWMATCH) \
	X(D_LLQUANT_HIGHMATCH) \
	X(D_LLQUANT_NSTEPMATCH) \
	X(D_PRINTA_PROTO) \
	X(D_PRINTA_AGGARG) \
	X(D_CLEAR_PROTO) \
	X(D_CLEAR_AGGARG) \
	X(D_NORMALIZE_PROTO) \
	X(D_NORMALIZE_AGGARG) \
	X(D_NORMALIZE_SCALAR) \
	X(D_TRUNC_PROTO) \
	X(D_TRUNC_AGGARG) \
	X(D_TRUNC_SCALAR) \
	X(D_ACT_UNSUP) \
	/* the order of actions in a clause (src/sema) */ \
	X(D_COMM_COMM) \
	X(D_COMM_DREC) \
	X(D_SPEC_SPEC) \
	X(D_SPEC_COMM) \
	X(D_SPEC_DREC) \
	X(D_AGG_COMM) \
	X(D_AGG_SPEC) \
	X(D_ACT_SPEC) \
	X(D_EXIT_SPEC) \
	X(D_DREC_COMM) \
	/* code generation (src/cg) */ \
	X(D_CG_EXPR) \
	X(D_CG_TOOBIG)

typedef enum dt_errtag {
#define DT_ERRTAG_ENUM(n) n,
	DT_ERRTAGS(DT_ERRTAG_ENUM)
#undef DT_ERRTAG_ENUM
	D_MAX_TAG
} dt_errtag_t;

const char *dt_errtag_name(dt_errtag_t);

#endif /* DT_ERRTAGS_H */
