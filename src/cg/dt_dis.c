/*
 * dt_dis.c -- the BPF disassembler behind "dtrace -S".
 *
 * See dt_dis.h for the listing format.  How it works:
 *
 *  - Every line is built in a dt_dis_buf_t, a bounded append-only buffer that
 *    keeps counting past its end.  That gives dt_dis_insn() snprintf-like
 *    truncation for free, and lets dt_dis_insns() retry with a buffer of the
 *    exact size when a long map name or comment did not fit, so the FILE
 *    listing is never truncated.
 *  - Decoding dispatches on the instruction class (BPF_CLASS), then on the
 *    op / mode / size fields.  Each class decoder either prints a complete
 *    instruction or returns 0; the caller then drops whatever it printed
 *    and prints "unknown opcode 0xNN".  Decoders are strict about fields
 *    that change the meaning of an instruction (off of div/mod/mov selects
 *    the signed or sign-extending forms, imm of end and atomic ops, src_reg
 *    of call and ld_imm64), and silent about fields that must merely be 0.
 *  - Only ld_imm64 looks at a second slot, and only after checking that it
 *    lies inside [0, n).
 *  - The helper names are a table written out from the kernel's
 *    __BPF_FUNC_MAPPER (include/uapi/linux/bpf.h), not generated from the
 *    installed header, so that the listing does not depend on the build host.
 *    The helper list is frozen upstream at 211 (cgrp_storage_delete); the
 *    unit test cross-checks the table against the installed header.
 *  - Encodings newer than the oldest supported <linux/bpf.h> (sign-extending
 *    loads, signed div/mod, movsx, bswap, gotol, may_goto, load-acquire /
 *    store-release) use local DT_DIS_* constants.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cg/dt_dis.h"

/* Column of the comment: the instruction text is padded to this width. */
#define DT_DIS_TEXT_WIDTH 30

/* Encodings that older <linux/bpf.h> do not name. */
#define DT_DIS_MEMSX     0x80  /* LDX mode: sign-extending load */
#define DT_DIS_JCOND     0xe0  /* JMP op: may_goto (src_reg 0) */
#define DT_DIS_LOAD_ACQ  0x100 /* STX|ATOMIC imm: load-acquire */
#define DT_DIS_STORE_REL 0x110 /* STX|ATOMIC imm: store-release */
#define DT_DIS_PSEUDO_MAP_FD        1
#define DT_DIS_PSEUDO_MAP_VALUE     2
#define DT_DIS_PSEUDO_BTF_ID        3
#define DT_DIS_PSEUDO_FUNC          4
#define DT_DIS_PSEUDO_MAP_IDX       5
#define DT_DIS_PSEUDO_MAP_IDX_VALUE 6
#define DT_DIS_PSEUDO_CALL          1
#define DT_DIS_PSEUDO_KFUNC_CALL    2

/*
 * Helper names, indexed by enum bpf_func_id.  Written out from
 * __BPF_FUNC_MAPPER; 0 (unspec) is deliberately absent.
 */
static const char *const dt_dis_helpers[] = {
	[1] = "map_lookup_elem",
	[2] = "map_update_elem",
	[3] = "map_delete_elem",
	[4] = "probe_read",
	[5] = "ktime_get_ns",
	[6] = "trace_printk",
	[7] = "get_prandom_u32",
	[8] = "get_smp_processor_id",
	[9] = "skb_store_bytes",
	[10] = "l3_csum_replace",
	[11] = "l4_csum_replace",
	[12] = "tail_call",
	[13] = "clone_redirect",
	[14] = "get_current_pid_tgid",
	[15] = "get_current_uid_gid",
	[16] = "get_current_comm",
	[17] = "get_cgroup_classid",
	[18] = "skb_vlan_push",
	[19] = "skb_vlan_pop",
	[20] = "skb_get_tunnel_key",
	[21] = "skb_set_tunnel_key",
	[22] = "perf_event_read",
	[23] = "redirect",
	[24] = "get_route_realm",
	[25] = "perf_event_output",
	[26] = "skb_load_bytes",
	[27] = "get_stackid",
	[28] = "csum_diff",
	[29] = "skb_get_tunnel_opt",
	[30] = "skb_set_tunnel_opt",
	[31] = "skb_change_proto",
	[32] = "skb_change_type",
	[33] = "skb_under_cgroup",
	[34] = "get_hash_recalc",
	[35] = "get_current_task",
	[36] = "probe_write_user",
	[37] = "current_task_under_cgroup",
	[38] = "skb_change_tail",
	[39] = "skb_pull_data",
	[40] = "csum_update",
	[41] = "set_hash_invalid",
	[42] = "get_numa_node_id",
	[43] = "skb_change_head",
	[44] = "xdp_adjust_head",
	[45] = "probe_read_str",
	[46] = "get_socket_cookie",
	[47] = "get_socket_uid",
	[48] = "set_hash",
	[49] = "setsockopt",
	[50] = "skb_adjust_room",
	[51] = "redirect_map",
	[52] = "sk_redirect_map",
	[53] = "sock_map_update",
	[54] = "xdp_adjust_meta",
	[55] = "perf_event_read_value",
	[56] = "perf_prog_read_value",
	[57] = "getsockopt",
	[58] = "override_return",
	[59] = "sock_ops_cb_flags_set",
	[60] = "msg_redirect_map",
	[61] = "msg_apply_bytes",
	[62] = "msg_cork_bytes",
	[63] = "msg_pull_data",
	[64] = "bind",
	[65] = "xdp_adjust_tail",
	[66] = "skb_get_xfrm_state",
	[67] = "get_stack",
	[68] = "skb_load_bytes_relative",
	[69] = "fib_lookup",
	[70] = "sock_hash_update",
	[71] = "msg_redirect_hash",
	[72] = "sk_redirect_hash",
	[73] = "lwt_push_encap",
	[74] = "lwt_seg6_store_bytes",
	[75] = "lwt_seg6_adjust_srh",
	[76] = "lwt_seg6_action",
	[77] = "rc_repeat",
	[78] = "rc_keydown",
	[79] = "skb_cgroup_id",
	[80] = "get_current_cgroup_id",
	[81] = "get_local_storage",
	[82] = "sk_select_reuseport",
	[83] = "skb_ancestor_cgroup_id",
	[84] = "sk_lookup_tcp",
	[85] = "sk_lookup_udp",
	[86] = "sk_release",
	[87] = "map_push_elem",
	[88] = "map_pop_elem",
	[89] = "map_peek_elem",
	[90] = "msg_push_data",
	[91] = "msg_pop_data",
	[92] = "rc_pointer_rel",
	[93] = "spin_lock",
	[94] = "spin_unlock",
	[95] = "sk_fullsock",
	[96] = "tcp_sock",
	[97] = "skb_ecn_set_ce",
	[98] = "get_listener_sock",
	[99] = "skc_lookup_tcp",
	[100] = "tcp_check_syncookie",
	[101] = "sysctl_get_name",
	[102] = "sysctl_get_current_value",
	[103] = "sysctl_get_new_value",
	[104] = "sysctl_set_new_value",
	[105] = "strtol",
	[106] = "strtoul",
	[107] = "sk_storage_get",
	[108] = "sk_storage_delete",
	[109] = "send_signal",
	[110] = "tcp_gen_syncookie",
	[111] = "skb_output",
	[112] = "probe_read_user",
	[113] = "probe_read_kernel",
	[114] = "probe_read_user_str",
	[115] = "probe_read_kernel_str",
	[116] = "tcp_send_ack",
	[117] = "send_signal_thread",
	[118] = "jiffies64",
	[119] = "read_branch_records",
	[120] = "get_ns_current_pid_tgid",
	[121] = "xdp_output",
	[122] = "get_netns_cookie",
	[123] = "get_current_ancestor_cgroup_id",
	[124] = "sk_assign",
	[125] = "ktime_get_boot_ns",
	[126] = "seq_printf",
	[127] = "seq_write",
	[128] = "sk_cgroup_id",
	[129] = "sk_ancestor_cgroup_id",
	[130] = "ringbuf_output",
	[131] = "ringbuf_reserve",
	[132] = "ringbuf_submit",
	[133] = "ringbuf_discard",
	[134] = "ringbuf_query",
	[135] = "csum_level",
	[136] = "skc_to_tcp6_sock",
	[137] = "skc_to_tcp_sock",
	[138] = "skc_to_tcp_timewait_sock",
	[139] = "skc_to_tcp_request_sock",
	[140] = "skc_to_udp6_sock",
	[141] = "get_task_stack",
	[142] = "load_hdr_opt",
	[143] = "store_hdr_opt",
	[144] = "reserve_hdr_opt",
	[145] = "inode_storage_get",
	[146] = "inode_storage_delete",
	[147] = "d_path",
	[148] = "copy_from_user",
	[149] = "snprintf_btf",
	[150] = "seq_printf_btf",
	[151] = "skb_cgroup_classid",
	[152] = "redirect_neigh",
	[153] = "per_cpu_ptr",
	[154] = "this_cpu_ptr",
	[155] = "redirect_peer",
	[156] = "task_storage_get",
	[157] = "task_storage_delete",
	[158] = "get_current_task_btf",
	[159] = "bprm_opts_set",
	[160] = "ktime_get_coarse_ns",
	[161] = "ima_inode_hash",
	[162] = "sock_from_file",
	[163] = "check_mtu",
	[164] = "for_each_map_elem",
	[165] = "snprintf",
	[166] = "sys_bpf",
	[167] = "btf_find_by_name_kind",
	[168] = "sys_close",
	[169] = "timer_init",
	[170] = "timer_set_callback",
	[171] = "timer_start",
	[172] = "timer_cancel",
	[173] = "get_func_ip",
	[174] = "get_attach_cookie",
	[175] = "task_pt_regs",
	[176] = "get_branch_snapshot",
	[177] = "trace_vprintk",
	[178] = "skc_to_unix_sock",
	[179] = "kallsyms_lookup_name",
	[180] = "find_vma",
	[181] = "loop",
	[182] = "strncmp",
	[183] = "get_func_arg",
	[184] = "get_func_ret",
	[185] = "get_func_arg_cnt",
	[186] = "get_retval",
	[187] = "set_retval",
	[188] = "xdp_get_buff_len",
	[189] = "xdp_load_bytes",
	[190] = "xdp_store_bytes",
	[191] = "copy_from_user_task",
	[192] = "skb_set_tstamp",
	[193] = "ima_file_hash",
	[194] = "kptr_xchg",
	[195] = "map_lookup_percpu_elem",
	[196] = "skc_to_mptcp_sock",
	[197] = "dynptr_from_mem",
	[198] = "ringbuf_reserve_dynptr",
	[199] = "ringbuf_submit_dynptr",
	[200] = "ringbuf_discard_dynptr",
	[201] = "dynptr_read",
	[202] = "dynptr_write",
	[203] = "dynptr_data",
	[204] = "tcp_raw_gen_syncookie_ipv4",
	[205] = "tcp_raw_gen_syncookie_ipv6",
	[206] = "tcp_raw_check_syncookie_ipv4",
	[207] = "tcp_raw_check_syncookie_ipv6",
	[208] = "ktime_get_tai_ns",
	[209] = "user_ringbuf_drain",
	[210] = "cgrp_storage_get",
	[211] = "cgrp_storage_delete",
};

#define DT_DIS_NHELPERS ((int)(sizeof(dt_dis_helpers) / sizeof(dt_dis_helpers[0])))

static const char *const dt_dis_regs[16] = {
	"%r0", "%r1", "%r2",  "%r3",  "%r4",  "%r5",  "%r6",  "%r7",
	"%r8", "%r9", "%fp", "%r11", "%r12", "%r13", "%r14", "%r15",
};

/* ALU and JMP operation names, indexed by BPF_OP(code) >> 4. */
static const char *const dt_dis_alu_ops[16] = {
	"add", "sub", "mul", "div", "or",  "and",  "lsh", "rsh",
	"neg", "mod", "xor", "mov", "arsh", "end", NULL,  NULL,
};
static const char *const dt_dis_jmp_ops[16] = {
	"ja",   "jeq",  "jgt", "jge", "jset", "jne",  "jsgt", "jsge",
	"call", "exit", "jlt", "jle", "jslt", "jsle", NULL,   NULL,
};

/* Size suffixes and widths in bits, indexed by BPF_SIZE(code) >> 3. */
static const char *const dt_dis_sizes[4] = { "w", "h", "b", "dw" };
static const int dt_dis_bits[4] = { 32, 16, 8, 64 };

typedef struct dt_dis_buf {
	char *db_buf;  /* NULL when db_len == 0 */
	size_t db_len; /* size of db_buf */
	size_t db_pos; /* length of the full text, may exceed db_len - 1 */
} dt_dis_buf_t;

static void dt_dis_put(dt_dis_buf_t *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
dt_dis_put(dt_dis_buf_t *b, const char *fmt, ...)
{
	size_t room = b->db_pos < b->db_len ? b->db_len - b->db_pos : 0;
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(room ? b->db_buf + b->db_pos : NULL, room, fmt, ap);
	va_end(ap);
	if (r > 0)
		b->db_pos += (size_t)r;
}

/* Append s with control characters shown as spaces (keeps one line per insn). */
static void
dt_dis_put_clean(dt_dis_buf_t *b, const char *s)
{
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (b->db_pos + 1 < b->db_len) {
			b->db_buf[b->db_pos] = (c < 0x20 || c == 0x7f) ? ' ' : (char)c;
			b->db_buf[b->db_pos + 1] = '\0';
		}
		b->db_pos++;
	}
}

/* Forget everything appended after pos. */
static void
dt_dis_rewind(dt_dis_buf_t *b, size_t pos)
{
	b->db_pos = pos;
	if (b->db_len > 0)
		b->db_buf[pos < b->db_len ? pos : b->db_len - 1] = '\0';
}

static const char *
dt_dis_reg(unsigned int r)
{
	return dt_dis_regs[r & 0xf];
}

/* "+5 -> 42" for a jump or call from idx by rel slots. */
static void
dt_dis_target(dt_dis_buf_t *b, int idx, long long rel, int n)
{
	long long tgt = (long long)idx + 1 + rel;

	dt_dis_put(b, "%+lld -> %lld%s", rel, tgt,
		   tgt < 0 || tgt >= n ? " (out of range)" : "");
}

static const char *
dt_dis_mapname(const dt_dis_ctx_t *ctx, int fd)
{
	if (ctx == NULL || ctx->ddc_mapname == NULL)
		return NULL;
	return ctx->ddc_mapname(ctx->ddc_arg, fd);
}

/* BPF_ALU and BPF_ALU64. */
static int
dt_dis_alu(dt_dis_buf_t *b, const struct bpf_insn *in)
{
	int is64 = BPF_CLASS(in->code) == BPF_ALU64;
	int isx = BPF_SRC(in->code) == BPF_X;
	unsigned int op = BPF_OP(in->code);
	const char *name = dt_dis_alu_ops[op >> 4];
	const char *sfx = is64 ? "" : "32";
	const char *dst = dt_dis_reg(in->dst_reg);

	if (name == NULL)
		return 0;

	switch (op) {
	case BPF_NEG:
		if (isx)
			return 0;
		dt_dis_put(b, "neg%s %s", sfx, dst);
		return 1;
	case BPF_END:
		if (in->imm != 16 && in->imm != 32 && in->imm != 64)
			return 0;
		if (!is64)
			dt_dis_put(b, "%s%d %s", isx ? "be" : "le", in->imm, dst);
		else if (!isx)
			dt_dis_put(b, "bswap%d %s", in->imm, dst);
		else
			return 0;
		return 1;
	case BPF_DIV:
	case BPF_MOD:
		if (in->off == 1)
			name = op == BPF_DIV ? "sdiv" : "smod";
		else if (in->off != 0)
			return 0;
		break;
	case BPF_MOV:
		if (!isx && in->off != 0)
			return 0;
		if (isx && in->off != 0) {
			if (in->off == 8)
				name = "movsxb";
			else if (in->off == 16)
				name = "movsxh";
			else if (in->off == 32 && is64)
				name = "movsxw";
			else
				return 0;
		}
		break;
	default:
		break;
	}

	if (isx)
		dt_dis_put(b, "%s%s %s, %s", name, sfx, dst, dt_dis_reg(in->src_reg));
	else
		dt_dis_put(b, "%s%s %s, %d", name, sfx, dst, in->imm);
	return 1;
}

/* BPF_JMP and BPF_JMP32. */
static int
dt_dis_jmp(dt_dis_buf_t *b, const struct bpf_insn *in, int idx, int n)
{
	int is64 = BPF_CLASS(in->code) == BPF_JMP;
	int isx = BPF_SRC(in->code) == BPF_X;
	unsigned int op = BPF_OP(in->code);
	const char *sfx = is64 ? "" : "32";
	const char *name;

	switch (op) {
	case BPF_JA:
		if (isx)
			return 0;
		if (is64) {
			dt_dis_put(b, "ja ");
			dt_dis_target(b, idx, in->off, n);
		} else {
			dt_dis_put(b, "gotol ");
			dt_dis_target(b, idx, in->imm, n);
		}
		return 1;
	case BPF_CALL:
		if (!is64 || isx)
			return 0;
		switch (in->src_reg) {
		case 0:
			name = dt_dis_helper_name(in->imm);
			if (name != NULL)
				dt_dis_put(b, "call bpf_%s", name);
			else
				dt_dis_put(b, "call helper#%d", in->imm);
			return 1;
		case DT_DIS_PSEUDO_CALL: {
			long long tgt = (long long)idx + 1 + in->imm;

			dt_dis_put(b, "call %lld%s", tgt,
				   tgt < 0 || tgt >= n ? " (out of range)" : "");
			return 1;
		}
		case DT_DIS_PSEUDO_KFUNC_CALL:
			dt_dis_put(b, "call kfunc#%d", in->imm);
			return 1;
		default:
			return 0;
		}
	case BPF_EXIT:
		if (!is64 || isx)
			return 0;
		dt_dis_put(b, "exit");
		return 1;
	case DT_DIS_JCOND:
		if (!is64 || isx || in->src_reg != 0)
			return 0;
		dt_dis_put(b, "may_goto ");
		dt_dis_target(b, idx, in->off, n);
		return 1;
	default:
		name = dt_dis_jmp_ops[op >> 4];
		if (name == NULL)
			return 0;
		if (isx)
			dt_dis_put(b, "%s%s %s, %s, ", name, sfx, dt_dis_reg(in->dst_reg),
				   dt_dis_reg(in->src_reg));
		else
			dt_dis_put(b, "%s%s %s, %d, ", name, sfx, dt_dis_reg(in->dst_reg),
				   in->imm);
		dt_dis_target(b, idx, in->off, n);
		return 1;
	}
}

/* BPF_LD|BPF_IMM|BPF_DW: the two-slot 64-bit load. */
static int
dt_dis_ld_imm64(dt_dis_buf_t *b, const struct bpf_insn *insns, int idx, int n,
		const dt_dis_ctx_t *ctx)
{
	const struct bpf_insn *in = &insns[idx], *hi;
	const char *dst = dt_dis_reg(in->dst_reg);
	const char *name;
	uint32_t hiimm;

	if (idx + 1 >= n) {
		dt_dis_put(b, "lddw %s, <truncated>", dst);
		return 1;
	}
	hi = &insns[idx + 1];
	hiimm = (uint32_t)hi->imm;

	switch (in->src_reg) {
	case 0:
		dt_dis_put(b, "lddw %s, 0x%llx", dst,
			   (unsigned long long)hiimm << 32 | (uint32_t)in->imm);
		break;
	case DT_DIS_PSEUDO_MAP_FD:
	case DT_DIS_PSEUDO_MAP_VALUE:
		dt_dis_put(b, "lddw %s, ", dst);
		name = dt_dis_mapname(ctx, in->imm);
		if (name != NULL) {
			dt_dis_put(b, "&");
			dt_dis_put_clean(b, name);
		} else
			dt_dis_put(b, "map_fd:%d", in->imm);
		if (in->src_reg == DT_DIS_PSEUDO_MAP_VALUE)
			dt_dis_put(b, "+%u", hiimm);
		break;
	case DT_DIS_PSEUDO_MAP_IDX:
		dt_dis_put(b, "lddw %s, map_idx:%d", dst, in->imm);
		break;
	case DT_DIS_PSEUDO_MAP_IDX_VALUE:
		dt_dis_put(b, "lddw %s, map_idx:%d+%u", dst, in->imm, hiimm);
		break;
	case DT_DIS_PSEUDO_BTF_ID:
		dt_dis_put(b, "lddw %s, btf_id:%d", dst, in->imm);
		break;
	case DT_DIS_PSEUDO_FUNC:
		dt_dis_put(b, "lddw %s, func:%lld", dst, (long long)idx + 1 + in->imm);
		break;
	default:
		dt_dis_put(b, "unknown ld_imm64 (src %u)", in->src_reg);
		break;
	}

	if (hi->code != 0 || hi->dst_reg != 0 || hi->src_reg != 0 || hi->off != 0)
		dt_dis_put(b, " <bad second slot>");
	return 2;
}

/* BPF_LD: ld_imm64 and the legacy packet loads. */
static int
dt_dis_ld(dt_dis_buf_t *b, const struct bpf_insn *insns, int idx, int n,
	  const dt_dis_ctx_t *ctx)
{
	const struct bpf_insn *in = &insns[idx];
	unsigned int sz = BPF_SIZE(in->code);

	switch (BPF_MODE(in->code)) {
	case BPF_IMM:
		if (sz != BPF_DW)
			return 0;
		return dt_dis_ld_imm64(b, insns, idx, n, ctx);
	case BPF_ABS:
		if (sz == BPF_DW)
			return 0;
		dt_dis_put(b, "ldabs%s [%d]", dt_dis_sizes[sz >> 3], in->imm);
		return 1;
	case BPF_IND:
		if (sz == BPF_DW)
			return 0;
		dt_dis_put(b, "ldind%s [%s%+d]", dt_dis_sizes[sz >> 3],
			   dt_dis_reg(in->src_reg), in->imm);
		return 1;
	default:
		return 0;
	}
}

/* BPF_LDX: dst = *(size *)(src + off), optionally sign-extended. */
static int
dt_dis_ldx(dt_dis_buf_t *b, const struct bpf_insn *in)
{
	unsigned int sz = BPF_SIZE(in->code);
	const char *sx;

	if (BPF_MODE(in->code) == BPF_MEM)
		sx = "";
	else if (BPF_MODE(in->code) == DT_DIS_MEMSX && sz != BPF_DW)
		sx = "s";
	else
		return 0;

	dt_dis_put(b, "ld%s%s %s, [%s%+d]", sx, dt_dis_sizes[sz >> 3],
		   dt_dis_reg(in->dst_reg), dt_dis_reg(in->src_reg), in->off);
	return 1;
}

/* BPF_ST: *(size *)(dst + off) = imm. */
static int
dt_dis_st(dt_dis_buf_t *b, const struct bpf_insn *in)
{
	if (BPF_MODE(in->code) != BPF_MEM)
		return 0;

	dt_dis_put(b, "st%s [%s%+d], %d", dt_dis_sizes[BPF_SIZE(in->code) >> 3],
		   dt_dis_reg(in->dst_reg), in->off, in->imm);
	return 1;
}

/* BPF_STX: stores from a register, and the atomic operations. */
static int
dt_dis_stx(dt_dis_buf_t *b, const struct bpf_insn *in)
{
	unsigned int sz = BPF_SIZE(in->code);
	const char *dst = dt_dis_reg(in->dst_reg);
	const char *src = dt_dis_reg(in->src_reg);
	int bits = dt_dis_bits[sz >> 3];
	const char *op, *fetch;

	if (BPF_MODE(in->code) == BPF_MEM) {
		dt_dis_put(b, "st%s [%s%+d], %s", dt_dis_sizes[sz >> 3], dst, in->off,
			   src);
		return 1;
	}
	if (BPF_MODE(in->code) != BPF_ATOMIC)
		return 0;

	/* load-acquire and store-release exist in all four sizes */
	if (in->imm == DT_DIS_LOAD_ACQ) {
		dt_dis_put(b, "load_acquire%d %s, [%s%+d]", bits, dst, src, in->off);
		return 1;
	}
	if (in->imm == DT_DIS_STORE_REL) {
		dt_dis_put(b, "store_release%d [%s%+d], %s", bits, dst, in->off, src);
		return 1;
	}

	/* the read-modify-write operations only in W and DW */
	if (sz != BPF_W && sz != BPF_DW)
		return 0;
	fetch = (in->imm & BPF_FETCH) ? "fetch_" : "";
	switch (in->imm) {
	case BPF_ADD:
	case BPF_ADD | BPF_FETCH:
		op = "add";
		break;
	case BPF_OR:
	case BPF_OR | BPF_FETCH:
		op = "or";
		break;
	case BPF_AND:
	case BPF_AND | BPF_FETCH:
		op = "and";
		break;
	case BPF_XOR:
	case BPF_XOR | BPF_FETCH:
		op = "xor";
		break;
	case BPF_XCHG:
		op = "xchg";
		fetch = "";
		break;
	case BPF_CMPXCHG:
		op = "cmpxchg";
		fetch = "";
		break;
	default:
		return 0;
	}
	dt_dis_put(b, "atomic_%s%s%d [%s%+d], %s", fetch, op, bits, dst, in->off, src);
	return 1;
}

/* The whole listing line for insns[idx]; idx must be in [0, n). */
static int
dt_dis_format(dt_dis_buf_t *b, const struct bpf_insn *insns, int idx, int n,
	      const dt_dis_ctx_t *ctx)
{
	const struct bpf_insn *in = &insns[idx];
	const char *comment = NULL;
	size_t start;
	int slots;

	dt_dis_put(b, "%04d %05lld: %02x %x %x %04x %08x    ", idx, (long long)idx * 8,
		   in->code, in->dst_reg, in->src_reg, (unsigned int)(uint16_t)in->off,
		   (unsigned int)in->imm);

	start = b->db_pos;
	switch (BPF_CLASS(in->code)) {
	case BPF_ALU:
	case BPF_ALU64:
		slots = dt_dis_alu(b, in);
		break;
	case BPF_JMP:
	case BPF_JMP32:
		slots = dt_dis_jmp(b, in, idx, n);
		break;
	case BPF_LD:
		slots = dt_dis_ld(b, insns, idx, n, ctx);
		break;
	case BPF_LDX:
		slots = dt_dis_ldx(b, in);
		break;
	case BPF_ST:
		slots = dt_dis_st(b, in);
		break;
	default: /* BPF_STX */
		slots = dt_dis_stx(b, in);
		break;
	}
	if (slots == 0) {
		dt_dis_rewind(b, start);
		dt_dis_put(b, "unknown opcode 0x%02x", in->code);
		slots = 1;
	}

	if (ctx != NULL && ctx->ddc_comment != NULL)
		comment = ctx->ddc_comment(ctx->ddc_arg, idx);
	if (comment != NULL && comment[0] != '\0') {
		size_t len = b->db_pos - start;
		int pad = len < DT_DIS_TEXT_WIDTH ? (int)(DT_DIS_TEXT_WIDTH - len) : 0;

		dt_dis_put(b, "%*s  ! ", pad, "");
		dt_dis_put_clean(b, comment);
	}
	return slots;
}

int
dt_dis_insn(char *buf, size_t len, const struct bpf_insn *insns, int idx, int n,
	    const dt_dis_ctx_t *ctx)
{
	dt_dis_buf_t b = { buf, buf != NULL ? len : 0, 0 };

	if (b.db_len > 0)
		buf[0] = '\0';
	if (insns == NULL || idx < 0 || idx >= n)
		return 1;
	return dt_dis_format(&b, insns, idx, n, ctx);
}

void
dt_dis_insns(FILE *out, const char *title, const struct bpf_insn *insns, int n,
	     const dt_dis_ctx_t *ctx)
{
	char line[256];
	int i, slots;

	if (out == NULL)
		return;

	if (title != NULL && title[0] != '\0')
		fprintf(out, "Disassembly of %s:\n", title);
	else
		fprintf(out, "Disassembly:\n");
	fprintf(out, "%-4s %-5s  %-20s    %s\n", "INS", "OFF", "OPCODE", "INSTRUCTION");

	for (i = 0; insns != NULL && i < n; i += slots) {
		dt_dis_buf_t b = { line, sizeof(line), 0 };
		char *big;

		slots = dt_dis_format(&b, insns, i, n, ctx);
		if (b.db_pos >= sizeof(line) && (big = malloc(b.db_pos + 1)) != NULL) {
			dt_dis_buf_t bb = { big, b.db_pos + 1, 0 };

			dt_dis_format(&bb, insns, i, n, ctx);
			fprintf(out, "%s\n", big);
			free(big);
		} else
			fprintf(out, "%s\n", line);
	}
}

const char *
dt_dis_helper_name(int helper_id)
{
	if (helper_id <= 0 || helper_id >= DT_DIS_NHELPERS)
		return NULL;
	return dt_dis_helpers[helper_id];
}
