/*
 * dt_cg_ref.c -- D variables of struct and union type, and the members
 * and array elements inside them.
 *
 * Such a variable is held by reference, as a string is, in the storage
 * strings have (sema's dt_sema_alloc): its bytes live where a scalar's 8
 * would (the globals map value, the value of its dynamic variable's hash
 * map entry) or, for a clause-local one, in an area of this CPU's mstate
 * row of its own, at DT_MST_FAR, beyond the 16-bit offsets from r9 that
 * reach the records and scratch space.  As for a string, the value of an
 * expression naming the variable is the address of its bytes, as for a
 * struct reached through a pointer, so print(), trace() and whole copies
 * (x = y, self->t = *curthread) read it the same way: with
 * bpf_probe_read_kernel(), a bad address faulting the clause before
 * anything is written (dt_cg_refsrc).
 *
 * Members and elements (x.a, self->t.comm, y[k].b[i]) are reached from the
 * variable's map value pointer, by constant offsets or by an index checked
 * against its array's length, so that the verifier can bound every load
 * and store, which are direct.  A dynamic variable that does not exist
 * reads as zeros (the all-zero map value, DT_MAPID_ZERO, is as large as
 * any such variable); a store creates it, zeroed, first, and counts a
 * dynamic variable drop when it cannot.  Assigning to a struct never
 * deletes it, as in DTrace.
 *
 * &x.m, and an address reported in a fault, go on as plain numbers: a map
 * value pointer may take no part in arithmetic, so it is "laundered"
 * through a helper, which the verifier cannot follow (dt_cg_launder).
 * & of an object in kernel memory (&p->m, &p[i]) is its address.
 *
 * Registers: every function here leaves its result in a stack slot and
 * clobbers r0-r5.
 */
#include "dt_cg_impl.h"
#include "../sema/dt_sema.h"

/* where variable id's bytes are, from r8 (globals) or r9 (mstate) */
static uint32_t
dt_cg_varoff(const dt_ident_t *id)
{
	if (id->di_scope == DT_IDS_GLOBAL)
		return DT_GLOB_USER + id->di_offset;
	return (dt_type_is_sou(id->di_type) ? DT_MST_FAR : DT_MST_THIS) +
	    id->di_offset;
}

/* slot s: the address it holds, as a number the verifier lets take part
 * in arithmetic (read back from the stack by a helper) */
static void
dt_cg_launder(dt_cg_t *cg, int s)
{
	dt_cg_emit(cg, DT_MOV64_REG(R1, FP));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, DT_STK_TMP));
	dt_cg_emit(cg, DT_MOV64_IMM(R2, 8));
	dt_cg_emit(cg, DT_MOV64_REG(R3, FP));
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, dt_cg_slotoff(s)));
	dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
	dt_cg_emit(cg, DT_LDX(BPF_DW, R0, FP, DT_STK_TMP));
	dt_cg_sts(cg, s, R0);
}

/*
 * Slot res = a pointer to the storage of variable n (a scalar or an
 * associative array element).  A dynamic variable that does not exist is
 * created, zeroed, if create (and if it cannot be, a drop is counted and
 * the code goes to lskip); otherwise the pointer is to zeros.
 */
void
dt_cg_varptr(dt_cg_t *cg, dt_node_t *n, int res, int create, int lskip)
{
	dt_ident_t *id = n->dn_ident;

	if (id->di_kind == DT_IDK_SCALAR && id->di_scope != DT_IDS_SELF) {
		dt_cg_emit(cg, DT_MOV64_REG(R0, id->di_scope == DT_IDS_GLOBAL ?
		    R8 : R9));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R0,
		    (int32_t)dt_cg_varoff(id)));
		dt_cg_sts(cg, res, R0);
		return;
	}
	int lok = dt_cg_label(cg);
	uint32_t koff = dt_cg_dvar_key(cg, id, n->dn_kind == DT_NODE_INDEX ?
	    n->dn_args : NULL);
	dt_cg_dvar_lookup(cg, id, koff);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0), lok);
	if (!create) {
		dt_cg_ldmapval(cg, R0, DT_MAPID_ZERO, 0);
	} else {
		/* another CPU may create it first: look it up either way */
		dt_cg_ldmap(cg, R1, DT_MAPID_DVAR + id->di_map);
		dt_cg_emit(cg, DT_MOV64_REG(R2, R9));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R2, (int32_t)koff));
		dt_cg_ldmapval(cg, R3, DT_MAPID_ZERO, 0);
		dt_cg_emit(cg, DT_MOV64_IMM(R4, BPF_NOEXIST));
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_map_update_elem));
		dt_cg_dvar_lookup(cg, id, koff);
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0), lok);
		dt_cg_mstinc(cg, DT_MST_NDYNDROPS);
		dt_cg_jmp(cg, DT_JA(0), lskip);
	}
	dt_cg_place(cg, lok);
	dt_cg_sts(cg, res, R0);
}

/*
 * Slot res (a pointer to an array) moves to element n->dn_args of it.  An
 * index the verifier cannot bound is checked against the array's length:
 * beyond it is an invalid address, as the element's would be in DTrace.
 */
static void
dt_cg_refindex(dt_cg_t *cg, dt_node_t *n, int res)
{
	const dt_type_t *at = dt_type_resolve(n->dn_left->dn_type);
	dt_node_t *i = n->dn_args;
	uint32_t esz = (uint32_t)dt_type_size(n->dn_type);
	int lok = dt_cg_label(cg);

	if (at->dt_nelems == 0 || at->dt_nelems > INT32_MAX)
		dt_cg_error(cg, D_ARR_BADREF, "an array of unknown length in a "
		    "D variable cannot be indexed");
	if (i->dn_flags & DT_NF_CONST) {
		/* sema checked it is in range */
		dt_cg_lds(cg, R0, res);
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R0,
		    (int32_t)(i->dn_value * esz)));
		dt_cg_sts(cg, res, R0);
		return;
	}
	int si = dt_cg_expr(cg, i);
	dt_cg_lds(cg, R1, si);
	dt_cg_extend(cg, R1, i->dn_type);
	dt_cg_jmp(cg, DT_JMP_IMM(BPF_JLT, R1, (int32_t)at->dt_nelems, 0), lok);
	dt_cg_launder(cg, res);
	dt_cg_lds(cg, R1, si);
	dt_cg_extend(cg, R1, i->dn_type);
	dt_cg_emit(cg, DT_ALU64_IMM(BPF_MUL, R1, (int32_t)esz));
	dt_cg_lds(cg, R0, res);
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R1, R0));
	dt_cg_fault(cg, DT_FAULT_BADADDR, R1);
	dt_cg_place(cg, lok);
	if (esz != 1)
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_MUL, R1, (int32_t)esz));
	dt_cg_lds(cg, R0, res);
	dt_cg_emit(cg, DT_ALU64_REG(BPF_ADD, R0, R1));
	dt_cg_sts(cg, res, R0);
	cg->cg_sp = res + 1;
}

/*
 * Slot res = a pointer to lvalue n in a D variable's storage: the variable
 * itself, or a member (.), array element or *array inside it.  A bit-field
 * member's pointer is its struct's (dt_cg_bitunit says where its bits are).
 * create and lskip are dt_cg_varptr's.
 */
void
dt_cg_lvptr(dt_cg_t *cg, dt_node_t *n, int res, int create, int lskip)
{
	switch (n->dn_kind) {
	case DT_NODE_IDENT:
		dt_cg_varptr(cg, n, res, create, lskip);
		return;
	case DT_NODE_INDEX:
		if (n->dn_aux != 1) {
			dt_cg_varptr(cg, n, res, create, lskip);
			return;
		}
		dt_cg_lvptr(cg, n->dn_left, res, create, lskip);
		dt_cg_refindex(cg, n, res);
		return;
	case DT_NODE_MEMBER:
		dt_cg_lvptr(cg, n->dn_left, res, create, lskip);
		if (n->dn_bits == 0 && n->dn_value / 8 != 0) {
			dt_cg_lds(cg, R0, res);
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R0,
			    (int32_t)(n->dn_value / 8)));
			dt_cg_sts(cg, res, R0);
		}
		return;
	case DT_NODE_OP1:               /* *a: element 0 */
		dt_cg_lvptr(cg, n->dn_left, res, create, lskip);
		return;
	default:
		dt_cg_error(cg, D_UNKNOWN, "internal error: %s is not in a D "
		    "variable", dt_node_kind_name(n->dn_kind));
	}
}

/*
 * A bit-field member n lies in a unit of its type's size, aligned to that
 * size, as C lays them out: *off is the unit's offset in the struct, *shift
 * the bits below the field in it.  0, or -1 for a field of a packed struct
 * that crosses units.
 */
static int
dt_cg_bitunit(const dt_node_t *n, uint32_t *size, uint32_t *off,
    uint32_t *shift)
{
	uint32_t sz = (uint32_t)dt_type_size(n->dn_type);
	uint32_t bitoff = (uint32_t)n->dn_value;

	if (sz != 1 && sz != 2 && sz != 4 && sz != 8)
		return -1;
	*size = sz;
	*off = bitoff / (8 * sz) * sz;
	*shift = bitoff - 8 * *off;
	return *shift + (uint32_t)n->dn_bits <= 8 * sz ? 0 : -1;
}

/* slot res = the value of scalar lvalue n, at the pointer in slot ps */
void
dt_cg_refget(dt_cg_t *cg, dt_node_t *n, int ps, int res)
{
	uint32_t size, off, shift;

	if (n->dn_kind == DT_NODE_MEMBER && n->dn_bits != 0) {
		int bits = n->dn_bits;
		if (dt_cg_bitunit(n, &size, &off, &shift) != 0) {
			/* read as kernel memory is, from its first byte */
			dt_cg_lds(cg, R0, ps);
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R0,
			    (int32_t)(n->dn_value / 8)));
			dt_cg_sts(cg, res, R0);
			dt_cg_memload(cg, n->dn_type, bits,
			    (uint32_t)n->dn_value, res);
			return;
		}
		dt_cg_lds(cg, R1, ps);
		if (off != 0)
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)off));
		dt_cg_emit(cg, DT_LDX(dt_emit_size(size), R0, R1, 0));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_LSH, R0,
		    64 - (int)shift - bits));
		dt_cg_emit(cg, DT_ALU64_IMM(dt_type_is_signed(n->dn_type) ?
		    BPF_ARSH : BPF_RSH, R0, 64 - bits));
	} else {
		dt_cg_lds(cg, R1, ps);
		dt_cg_load(cg, R0, R1, 0, n->dn_type);
	}
	dt_cg_sts(cg, res, R0);
}

/*
 * Before a struct is copied from the address in slot val: can its first
 * and last bytes be read?  If not, the clause faults with its destination
 * untouched, as in DTrace (bpf_probe_read_kernel() zeroes what it was to
 * write when it fails).
 */
void
dt_cg_refsrc(dt_cg_t *cg, int val, const dt_type_t *t)
{
	uint32_t size = (uint32_t)dt_type_size(t);
	int lbad = dt_cg_label(cg), lok = dt_cg_label(cg);

	for (int i = 0; i < (size > 1 ? 2 : 1); i++) {
		dt_cg_emit(cg, DT_MOV64_REG(R1, FP));
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, DT_STK_TMP));
		dt_cg_emit(cg, DT_MOV64_IMM(R2, 1));
		dt_cg_lds(cg, R3, val);
		if (i == 1)
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3,
			    (int32_t)size - 1));
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, 0, 0), lbad);
	}
	dt_cg_jmp(cg, DT_JA(0), lok);
	dt_cg_place(cg, lbad);
	dt_cg_lds(cg, R1, val);
	dt_cg_fault(cg, DT_FAULT_BADADDR, R1);
	dt_cg_place(cg, lok);
}

/*
 * Store the value in slot val (of type vt) into lvalue n, at the pointer in
 * slot ps: a struct or union is copied whole from the address val holds (a
 * bad one faults the clause), a string as DTrace copies it into a char
 * array (its characters, and a NUL if there is room), a scalar converted
 * to n's type, a bit-field into its bits only.
 */
void
dt_cg_refput(dt_cg_t *cg, dt_node_t *n, int ps, int val, const dt_type_t *vt)
{
	const dt_type_t *t = dt_type_resolve(n->dn_type);

	if (dt_type_is_sou(t)) {
		dt_cg_lds(cg, R1, ps);
		dt_cg_kcopy_r1(cg, val, (uint32_t)dt_type_size(t));
		return;
	}
	if (t->dt_kind == DT_TK_ARRAY) {
		/* a string: one shorter than the array ends with its NUL, a
		 * longer one fills it (the _str copy cuts one short of it) */
		int32_t nel = (int32_t)t->dt_nelems;
		int ldone = dt_cg_label(cg);
		if (nel <= 0)
			dt_cg_error(cg, D_ARR_BADREF, "a string cannot be "
			    "stored in an array of unknown length");
		dt_cg_lds(cg, R1, ps);
		dt_cg_emit(cg, DT_MOV64_IMM(R2, nel));
		dt_cg_lds(cg, R3, val);
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel_str));
		dt_cg_jmp(cg, DT_JMP_IMM(BPF_JNE, R0, nel, 0), ldone);
		dt_cg_lds(cg, R1, ps);
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, nel - 1));
		dt_cg_emit(cg, DT_MOV64_IMM(R2, 1));
		dt_cg_lds(cg, R3, val);
		dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R3, nel - 1));
		dt_cg_emit(cg, DT_CALL(BPF_FUNC_probe_read_kernel));
		dt_cg_place(cg, ldone);
		return;
	}
	dt_cg_lds(cg, R0, val);
	dt_cg_convert(cg, R0, vt, n->dn_type);
	if (n->dn_kind == DT_NODE_MEMBER && n->dn_bits != 0) {
		uint32_t size, off, shift;
		int bits = n->dn_bits;
		uint64_t mask = bits == 64 ? ~0ULL : (1ULL << bits) - 1;
		if (dt_cg_bitunit(n, &size, &off, &shift) != 0)
			dt_cg_error(cg, D_UNKNOWN, "bit-field %s crosses the "
			    "units of its type: it cannot be assigned",
			    n->dn_name);
		dt_cg_ldimm64(cg, R2, mask, 0);
		dt_cg_emit(cg, DT_ALU64_REG(BPF_AND, R0, R2));
		if (shift != 0)
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_LSH, R0, (int32_t)shift));
		dt_cg_lds(cg, R1, ps);
		if (off != 0)
			dt_cg_emit(cg, DT_ALU64_IMM(BPF_ADD, R1, (int32_t)off));
		dt_cg_emit(cg, DT_LDX(dt_emit_size(size), R2, R1, 0));
		dt_cg_ldimm64(cg, R3, ~(mask << shift), 0);
		dt_cg_emit(cg, DT_ALU64_REG(BPF_AND, R2, R3));
		dt_cg_emit(cg, DT_ALU64_REG(BPF_OR, R2, R0));
		dt_cg_emit(cg, DT_STX(dt_emit_size(size), R1, R2, 0));
		return;
	}
	dt_cg_lds(cg, R1, ps);
	dt_cg_store(cg, R1, 0, R0, n->dn_type);
}

/*
 * Slot res = the value of member, element or *array n of a D variable: a
 * scalar loaded directly, a char array copied as a string, a struct,
 * union or other array its address.
 */
void
dt_cg_refload(dt_cg_t *cg, dt_node_t *n, int res)
{
	const dt_type_t *t = dt_type_resolve(n->dn_type);

	dt_cg_lvptr(cg, n, res, 0, -1);
	cg->cg_sp = res + 1;
	if (dt_type_is_string(t)) {
		dt_cg_memload(cg, n->dn_type, 0, 0, res);
		return;
	}
	if (dt_type_is_sou(t) || t->dt_kind == DT_TK_ARRAY)
		return;
	dt_cg_refget(cg, n, res, res);
}

/* slot res = &l, a number like any address */
void
dt_cg_addrof(dt_cg_t *cg, dt_node_t *l, int res)
{
	if (l->dn_flags & DT_NF_WRITABLE) {
		dt_cg_lvptr(cg, l, res, 0, -1);
		dt_cg_launder(cg, res);
		cg->cg_sp = res + 1;
		return;
	}
	dt_cg_addr(cg, l, res);
}

/* Is lvalue n written through its address (dt_cg_lvptr), rather than by
 * dt_cg.c's stores of scalar and string variables? */
int
dt_cg_isreflv(const dt_node_t *n)
{
	return dt_type_is_sou(n->dn_type) || n->dn_kind == DT_NODE_MEMBER ||
	    (n->dn_kind == DT_NODE_INDEX && n->dn_aux == 1) ||
	    n->dn_kind == DT_NODE_OP1;
}
