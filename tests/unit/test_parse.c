/*
 * test_parse.c -- unit tests of the D front end (src/parse).
 *
 * Each check parses a small program and compares either the S-expression
 * dump of the result (format documented in dt_node.c) or the error the
 * parser reported ("TAG LINE: message").  Failed checks are printed to
 * stderr, one line each; the last line on stdout is
 * "test_parse: N passed, N failed" and the exit status is 1 on failure.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/dt_parse.h"

static int npass, nfail;

/* Types the fake "kernel" knows about, for pcb_istype. */
static const char *const test_types[] = {
	"uint64_t", "int64_t", "size_t", "pid_t", "psinfo_t",
	"vmlinux`task_struct_t", "vmlinux`task_struct", NULL,
};

static int
test_istype(void *arg, const char *name)
{
	int i;

	for (i = 0; test_types[i] != NULL; i++) {
		if (strcmp(test_types[i], name) == 0)
			return 1;
	}
	return 0;
}

/* What the pragma hook saw: "line:argv0,argv1;" per call. */
static char pragma_log[1024];

static void
test_pragma(dt_pcb_t *pcb, int line, int argc, char **argv)
{
	size_t n = strlen(pragma_log);
	int i;

	if (argv[argc] != NULL)
		strcat(pragma_log, "<argv not NULL-terminated>");
	n += snprintf(pragma_log + n, sizeof (pragma_log) - n, "%d:", line);
	for (i = 0; i < argc && n < sizeof (pragma_log); i++) {
		n += snprintf(pragma_log + n, sizeof (pragma_log) - n, "%s%s",
		    i ? "," : "", argv[i]);
	}
	if (n < sizeof (pragma_log))
		strcat(pragma_log, ";");
	if (strcmp(argv[0], "fail") == 0)
		dt_cerror(pcb, line, D_PRAGMA_INVAL, "invalid D pragma: fail");
}

/*
 * Parse text[0..len) and return the dump of the program, or
 * "ERR TAG LINE: message".  The result stays valid until the next call.
 */
static char result[1 << 16];

static const char *
parse_n(const char *text, size_t len, int cflags)
{
	dt_pcb_t pcb;
	char *buf = NULL;
	size_t size = 0;
	FILE *fp;

	memset(&pcb, 0, sizeof (pcb));
	pcb.pcb_text = text;
	pcb.pcb_len = len;
	pcb.pcb_cflags = cflags;
	pcb.pcb_istype = test_istype;
	pcb.pcb_pragma = test_pragma;
	pcb.pcb_arena = dt_arena_create();

	if (setjmp(pcb.pcb_jmp) != 0) {
		snprintf(result, sizeof (result), "ERR %s %d: %s",
		    dt_errtag_name(pcb.pcb_errtag), pcb.pcb_errline,
		    pcb.pcb_errmsg);
	} else {
		dt_node_t *prog = dt_parse_program(&pcb);

		fp = open_memstream(&buf, &size);
		dt_node_dump(prog, -1, fp);
		fclose(fp);
		snprintf(result, sizeof (result), "%s", buf);
		free(buf);
	}
	dt_arena_destroy(pcb.pcb_arena);
	return result;
}

static const char *
parse(const char *text, int cflags)
{
	return parse_n(text, strlen(text), cflags);
}

static void
check_str(const char *what, const char *got, const char *want)
{
	if (strcmp(got, want) == 0) {
		npass++;
		return;
	}
	nfail++;
	fprintf(stderr, "FAIL: %s\n    want: %s\n    got:  %s\n", what, want,
	    got);
}

static void
check_int(const char *what, long long got, long long want)
{
	if (got == want) {
		npass++;
		return;
	}
	nfail++;
	fprintf(stderr, "FAIL: %s: want %lld, got %lld\n", what, want, got);
}

/* The whole program parses (as a file) to this dump. */
static void
check_prog(const char *src, const char *want)
{
	check_str(src, parse(src, DT_C_FILE), want);
}

/* "BEGIN { EXPR; }" has one statement whose expression dumps as want. */
static void
check_expr(const char *expr, const char *want)
{
	char src[1024], full[2048];

	snprintf(src, sizeof (src), "BEGIN { %s; }", expr);
	snprintf(full, sizeof (full),
	    "(prog (clause (pdesc BEGIN) (body (expr %s))))", want);
	check_str(src, parse(src, DT_C_FILE), full);
}

/* The body of "BEGIN { BODY }" dumps as want. */
static void
check_body(const char *body, const char *want)
{
	char src[1024], full[2048];

	snprintf(src, sizeof (src), "BEGIN { %s }", body);
	snprintf(full, sizeof (full),
	    "(prog (clause (pdesc BEGIN) (body%s%s)))", *want ? " " : "", want);
	check_str(src, parse(src, DT_C_FILE), full);
}

/* src fails with "TAG LINE: msg". */
static void
check_err(const char *src, int cflags, const char *want)
{
	char full[1024];

	snprintf(full, sizeof (full), "ERR %s", want);
	check_str(src, parse(src, cflags), full);
}

static void
test_expressions(void)
{
	/* precedence and associativity */
	check_expr("x = 1 + 2 * 3",
	    "(= (ident x) (+ (int 1) (* (int 2) (int 3))))");
	check_expr("a - b - c", "(- (- (ident a) (ident b)) (ident c))");
	check_expr("a / b % c", "(% (/ (ident a) (ident b)) (ident c))");
	check_expr("a = b = c", "(= (ident a) (= (ident b) (ident c)))");
	check_expr("a || b ^^ c && d",
	    "(|| (ident a) (^^ (ident b) (&& (ident c) (ident d))))");
	check_expr("a && b ^^ c || d",
	    "(|| (^^ (&& (ident a) (ident b)) (ident c)) (ident d))");
	check_expr("a | b ^ c & d",
	    "(| (ident a) (^ (ident b) (& (ident c) (ident d))))");
	check_expr("a == b < c << d + e",
	    "(== (ident a) (< (ident b) (<< (ident c) (+ (ident d) "
	    "(ident e)))))");
	check_expr("a != b >= c >> d",
	    "(!= (ident a) (>= (ident b) (>> (ident c) (ident d))))");
	check_expr("a <= b > c", "(> (<= (ident a) (ident b)) (ident c))");
	check_expr("a ? b : c ? d : e",
	    "(?: (ident a) (ident b) (?: (ident c) (ident d) (ident e)))");
	check_expr("a ? b, c : d",
	    "(?: (ident a) (, (ident b) (ident c)) (ident d))");
	check_expr("a, b, c", "(, (, (ident a) (ident b)) (ident c))");
	check_expr("x = a || b ? 1 : 2",
	    "(= (ident x) (?: (|| (ident a) (ident b)) (int 1) (int 2)))");
	check_expr("(a + b) * c", "(* (+ (ident a) (ident b)) (ident c))");

	/* assignment operators */
	check_expr("x += 1", "(+= (ident x) (int 1))");
	check_expr("x -= 1", "(-= (ident x) (int 1))");
	check_expr("x *= 1", "(*= (ident x) (int 1))");
	check_expr("x /= 1", "(/= (ident x) (int 1))");
	check_expr("x %= 1", "(%= (ident x) (int 1))");
	check_expr("x &= 1", "(&= (ident x) (int 1))");
	check_expr("x ^= 1", "(^= (ident x) (int 1))");
	check_expr("x |= 1", "(|= (ident x) (int 1))");
	check_expr("x <<= 1", "(<<= (ident x) (int 1))");
	check_expr("x >>= 1", "(>>= (ident x) (int 1))");

	/* unary and postfix */
	check_expr("-a + +b", "(+ (- (ident a)) (+ (ident b)))");
	check_expr("*p & &x", "(& (* (ident p)) (& (ident x)))");
	check_expr("!a + ~b", "(+ (! (ident a)) (~ (ident b)))");
	check_expr("- -x", "(- (- (ident x)))");
	check_expr("++x", "(pre++ (ident x))");
	check_expr("--x", "(pre-- (ident x))");
	check_expr("x++", "(post++ (ident x))");
	check_expr("x--", "(post-- (ident x))");
	check_expr("-x++", "(- (post++ (ident x)))");
	check_expr("a.b.c[1][2]->d++",
	    "(post++ (-> ([] ([] (. (. (ident a) b) c) (int 1)) (int 2)) d))");
	check_expr("p->string", "(-> (ident p) string)");

	/* D identifiers */
	check_expr("self->x", "(ident self->x)");
	check_expr("this->x", "(ident this->x)");
	check_expr("self->x->y", "(-> (ident self->x) y)");
	check_expr("self->a[1]", "([] (ident self->a) (int 1))");
	check_expr("`max_pfn", "(ident `max_pfn)");
	check_expr("vmlinux`max_pfn", "(ident vmlinux`max_pfn)");
	check_expr("$1 + $pid", "(+ (ident $1) (ident $pid))");
	check_expr("$target", "(ident $target)");
	check_expr("$$1", "(ident $$1)");
	check_expr("a[x, y]", "([] (ident a) (ident x) (ident y))");

	/* aggregations and calls */
	check_expr("@ = count()", "(= (agg @) (call count))");
	check_expr("@a[1, \"x\"] = sum(y)",
	    "(= (agg @a (int 1) (string \"x\")) (call sum (ident y)))");
	check_expr("@_x = quantize(a, 1)",
	    "(= (agg @_x) (call quantize (ident a) (int 1)))");
	check_expr("printf(\"%d\\n\", x)",
	    "(call printf (string \"%d\\n\") (ident x))");
	check_expr("f(a = 1, (b, c))",
	    "(call f (= (ident a) (int 1)) (, (ident b) (ident c)))");

	/* casts, sizeof, offsetof, stringof, xlate */
	check_expr("(struct foo *)p", "(cast (ptr (struct foo)) (ident p))");
	check_expr("(unsigned long long)x",
	    "(cast (base unsigned longlong int) (ident x))");
	check_expr("(char)c", "(cast (base char) (ident c))");
	check_expr("(int64_t)x", "(cast (typedef int64_t) (ident x))");
	check_expr("(vmlinux`task_struct *)curthread",
	    "(cast (ptr (typedef vmlinux`task_struct)) (ident curthread))");
	check_expr("(const char *)(int)x",
	    "(cast (ptr (base const char)) (cast (base int) (ident x)))");
	check_expr("(int (*)(int))p",
	    "(cast (ptr (func [(decl (base int))] (base int))) (ident p))");
	check_expr("(x)[1]", "([] (ident x) (int 1))");
	check_expr("(size_t[0])", "([] (ident size_t) (int 0 nondec))");
	check_expr("sizeof(int)", "(sizeof (base int))");
	check_expr("sizeof(struct foo *)", "(sizeof (ptr (struct foo)))");
	check_expr("sizeof x", "(sizeof (ident x))");
	check_expr("sizeof(x)", "(sizeof (ident x))");
	check_expr("sizeof (x)[1] + 1",
	    "(+ (sizeof ([] (ident x) (int 1))) (int 1))");
	check_expr("stringof x + 1", "(+ (stringof (ident x)) (int 1))");
	check_expr("stringof(x)", "(stringof (ident x))");
	check_expr("offsetof(struct foo, a)", "(offsetof (struct foo) a)");
	check_expr("offsetof(struct foo, a.b)", "(offsetof (struct foo) a.b)");
	check_expr("xlate<psinfo_t *>(curthread)",
	    "(xlate (ptr (typedef psinfo_t)) (ident curthread))");
}

static void
test_literals(void)
{
	check_expr("0", "(int 0 nondec)");
	check_expr("42", "(int 42)");
	check_expr("0x1F", "(int 31 nondec)");
	check_expr("0777", "(int 511 nondec)");
	check_expr("10u", "(int 10 u)");
	check_expr("10UL", "(int 10 u l)");
	check_expr("10lu", "(int 10 u l)");
	check_expr("10ull", "(int 10 u ll)");
	check_expr("10LL", "(int 10 ll)");
	check_expr("0xffffffffffffffff", "(int 18446744073709551615 nondec)");
	check_expr("18446744073709551615u", "(int 18446744073709551615 u)");
	check_err("BEGIN { 18446744073709551615; }", 0, "D_INT_OFLOW 1: "
	    "integer constant 0xffffffffffffffff cannot be represented in any "
	    "built-in integral type");
	check_expr("'a'", "(int 97 char)");
	check_expr("'\\n'", "(int 10 char)");
	check_expr("'\\0'", "(int 0 char)");
	check_expr("'\\x41'", "(int 65 char)");
	check_expr("'\\101'", "(int 65 char)");
	check_expr("'\\377'", "(int 255 char)");
	check_expr("'ab'", "(int 24930 char)");
	check_expr("'abcdefgh'", "(int 7017280452245743464 char)");
	check_expr("\"a\\tb\\\"c\\\\d\\x41\\101\\0e\"",
	    "(string \"a\\tb\\\"c\\\\dAA\\000e\")");
	check_expr("\"\\a\\b\\f\\v\\r\\'\\?\"",
	    "(string \"\\007\\010\\014\\013\\r'?\")");
	check_expr("\"\"", "(string \"\")");
}

static void
test_statements(void)
{
	check_body("", "");
	check_body(";;", "");
	check_body("exit(0)", "(expr (call exit (int 0 nondec)))");
	check_body("a = 1; b = 2",
	    "(expr (= (ident a) (int 1))) (expr (= (ident b) (int 2)))");
	check_body("{ a = 1 } { }",
	    "(block (expr (= (ident a) (int 1)))) (block)");
	check_body("if (x) y = 1; else { z = 2 }",
	    "(if (ident x) (expr (= (ident y) (int 1))) (block (expr "
	    "(= (ident z) (int 2)))))");
	check_body("if (a) if (b) c = 1; else d = 2;",
	    "(if (ident a) (if (ident b) (expr (= (ident c) (int 1))) "
	    "(expr (= (ident d) (int 2)))))");
	check_body("if (x) ;", "(if (ident x) (expr))");
	check_body("if (x) y = 1",
	    "(if (ident x) (expr (= (ident y) (int 1))))");
	check_body("while (x) { if (y) break; else continue; }",
	    "(while (ident x) (block (if (ident y) (break) (continue))))");
	check_body("break", "(break)");
	check_body("while (i < 10) i++",
	    "(while (< (ident i) (int 10)) (expr (post++ (ident i))))");
	check_body("for (i = 0; i < 4; i++) { break; continue }",
	    "(for (= (ident i) (int 0 nondec)) (< (ident i) (int 4)) "
	    "(post++ (ident i)) (block (break) (continue)))");
	check_body("for (;;) ;", "(for nil nil nil (expr))");
	check_body("self->ts[0] = timestamp; this->x = 1",
	    "(expr (= ([] (ident self->ts) (int 0 nondec)) (ident timestamp)))"
	    " (expr (= (ident this->x) (int 1)))");
}

static void
test_clauses(void)
{
	check_prog("BEGIN { exit(0) }",
	    "(prog (clause (pdesc BEGIN) (body (expr (call exit "
	    "(int 0 nondec))))))");
	check_prog("syscall::read:entry /pid == $target/ { @[execname] = "
	    "count(); }",
	    "(prog (clause (pdesc syscall::read:entry) (pred (== (ident pid) "
	    "(ident $target))) (body (expr (= (agg @ (ident execname)) "
	    "(call count))))))");
	check_prog("tick-1s, profile-997 {}",
	    "(prog (clause (pdesc tick-1s) (pdesc profile-997) (body)))");
	check_prog("fbt:*:vfs_*:entry, pid$target:libc.so.6:malloc:entry, "
	    ":::, ::vfs_read:entry, syscall::open*:return, vfs_* {}",
	    "(prog (clause (pdesc fbt:*:vfs_*:entry) "
	    "(pdesc pid$target:libc.so.6:malloc:entry) (pdesc :::) "
	    "(pdesc ::vfs_read:entry) (pdesc syscall::open*:return) "
	    "(pdesc vfs_*) (body)))");
	check_prog("pid123::main:+4, 123, a.out?[0-9]! {}",
	    "(prog (clause (pdesc pid123::main:+4) (pdesc 123) "
	    "(pdesc a.out?[0-9]!) (body)))");
	check_prog("BEGIN {} END {}",
	    "(prog (clause (pdesc BEGIN) (body)) (clause (pdesc END) (body)))");

	/* the predicate's closing '/' versus division */
	check_prog("a /x / 2 > 1/ {}",
	    "(prog (clause (pdesc a) (pred (> (/ (ident x) (int 2)) (int 1))) "
	    "(body)))");
	check_prog("a /(x /\n{})/ {}",
	    "ERR D_SYNTAX 1: closing ) expected in predicate before /");
	check_prog("a /x/ /* c */\n// d\n{}",
	    "(prog (clause (pdesc a) (pred (ident x)) (body)))");
	check_prog("a /x/=1/ {}",
	    "(prog (clause (pdesc a) (pred (/= (ident x) (int 1))) (body)))");

	/* a bare probe list is a clause with the default action for -n */
	check_str("BEGIN (pspec)", parse("BEGIN", DT_C_PSPEC),
	    "(prog (clause (pdesc BEGIN) (body)))");
	check_str("BEGIN END (pspec)", parse("BEGIN END {}", DT_C_PSPEC),
	    "(prog (clause (pdesc BEGIN) (body)) (clause (pdesc END) (body)))");
	check_str("BEGIN (no flags)", parse("BEGIN", 0),
	    "(prog (clause (pdesc BEGIN) (body)))");

	/* empty programs are errors, reported at the line of EOF */
	check_err("", DT_C_FILE, "D_EMPTY 1: empty D program translation unit");
	check_err("  /* c */ // d\n\n", DT_C_FILE,
	    "D_EMPTY 3: empty D program translation unit");
	check_err("#!/usr/sbin/dtrace -qs\n", DT_C_FILE,
	    "D_EMPTY 2: empty D program translation unit");
}

static void
test_declarations(void)
{
	check_prog("int x; self int *p[4]; this string s; BEGIN {}",
	    "(prog (decl x (base int)) (decl self p (array [(int 4)] "
	    "(ptr (base int)))) (decl this s (base string)) "
	    "(clause (pdesc BEGIN) (body)))");
	check_prog("int a, *b, c[4];",
	    "(prog (decl a (base int)) (decl b (ptr (base int))) "
	    "(decl c (array [(int 4)] (base int))))");
	check_prog("char *a[4];",
	    "(prog (decl a (array [(int 4)] (ptr (base char)))))");
	check_prog("int a[2][3];",
	    "(prog (decl a (array [(int 2)] (array [(int 3)] (base int)))))");
	check_prog("int d[int, string]; int e[];",
	    "(prog (decl d (array [(decl (base int)) (decl (base string))] "
	    "(base int))) (decl e (array [] (base int))))");
	check_prog("long long a; unsigned b; short c; signed char d; "
	    "long double e; unsigned long int f;",
	    "(prog (decl a (base longlong int)) (decl b (base unsigned int)) "
	    "(decl c (base short int)) (decl d (base signed char)) "
	    "(decl e (base long double)) (decl f (base unsigned long int)))");
	check_prog("const char *const volatile g; userland int *h;",
	    "(prog (decl g (ptr const volatile (base const char))) "
	    "(decl h (ptr (base userland int))))");
	check_prog("int (*fp)(int, char *);",
	    "(prog (decl fp (ptr (func [(decl (base int)) (decl (ptr "
	    "(base char)))] (base int)))))");
	check_prog("typedef int fn_t(int a, ...);",
	    "(prog (decl typedef fn_t (func [(decl a (base int)) (decl ...)] "
	    "(base int))))");
	check_prog("extern int a; static int b; register int c; auto int d;",
	    "(prog (decl extern a (base int)) (decl static b (base int)) "
	    "(decl register c (base int)) (decl auto d (base int)))");
	check_prog("self x;", "(prog (decl self x (base int)))");
	check_prog("int x = 1;", "(prog (decl x (base int) = (int 1)))");
	check_prog("int*x; uint64_t*y;",
	    "(prog (decl x (ptr (base int))) (decl y (ptr (typedef "
	    "uint64_t))))");
	check_prog("vmlinux`task_struct_t *t; struct vmlinux`task_struct *u;",
	    "(prog (decl t (ptr (typedef vmlinux`task_struct_t))) "
	    "(decl u (ptr (struct vmlinux`task_struct))))");

	/* struct, union, enum */
	check_prog("struct foo { int a : 3; char *b; int : 0; unsigned : 2; };",
	    "(prog (decl (struct foo (decl a (base int) :3) "
	    "(decl b (ptr (base char))) (decl (base unsigned int) :2))))");
	check_prog("union u { int a; long b; } x;",
	    "(prog (decl x (union u (decl a (base int)) (decl b "
	    "(base long int)))))");
	check_prog("struct { struct { int a; }; } s;",
	    "(prog (decl s (struct - (decl (struct - (decl a (base int)))))))");
	check_prog("enum e { A, B = 5, C, }; enum e2 x;",
	    "(prog (decl (enum e (enumerator A) (enumerator B (int 5)) "
	    "(enumerator C))) (decl x (enum e2)))");
	check_prog("struct probe { int a; } x;",
	    "(prog (decl x (struct probe (decl a (base int)))))");

	/* typedefs are remembered for the rest of the program */
	check_prog("typedef struct foo { int a; } foo_t, *foo_p; foo_t x; "
	    "BEGIN { y = (foo_p)z; }",
	    "(prog (decl typedef foo_t (struct foo (decl a (base int)))) "
	    "(decl typedef foo_p (ptr (struct foo (decl a (base int))))) "
	    "(decl x (typedef foo_t)) (clause (pdesc BEGIN) (body (expr "
	    "(= (ident y) (cast (typedef foo_p) (ident z)))))))");

	/* inline, translator, provider */
	check_prog("inline int FOO = 3; inline string bar[int] = \"x\";",
	    "(prog (inline FOO (base int) (int 3)) (inline bar (array "
	    "[(decl (base int))] (base string)) (string \"x\")))");
	check_prog("translator psinfo_t < struct task_struct *T > { "
	    "pr_pid = T->pid; pr_fname = stringof(T->comm); };",
	    "(prog (translator T (typedef psinfo_t) (ptr (struct task_struct)) "
	    "(init pr_pid (-> (ident T) pid)) (init pr_fname (stringof "
	    "(-> (ident T) comm)))))");
	check_prog("translator psinfo_t < int x > { };",
	    "(prog (translator x (typedef psinfo_t) (base int)))");
	check_prog("provider foo { probe bar(int, char *); "
	    "probe baz(int a) : (string a); };",
	    "(prog (provider foo (decl bar (func [(decl (base int)) (decl (ptr "
	    "(base char)))])) (decl baz (func [(decl a (base int))]) : "
	    "(func [(decl a (base string))]))))");
	check_prog("provider foo { };", "(prog (provider foo))");
}

static void
test_control_lines(void)
{
	pragma_log[0] = '\0';
	check_prog("#!/usr/sbin/dtrace -qs\n#pragma D option quiet\n"
	    "  #pragma D option bufsize=4m\n#pragma ident \"x\"\n"
	    "#pragma once\n#pragma D option \"a b\"\n#ident \"y\"\n#\n"
	    "BEGIN {}",
	    "(prog (clause (pdesc BEGIN) (body)))");
	check_str("pragma words", pragma_log,
	    "2:option,quiet;3:option,bufsize=4m;6:option,a b;");

	check_err("#pragma D fail\n", DT_C_FILE,
	    "D_PRAGMA_INVAL 1: invalid D pragma: fail");
	check_err("# 12 \"file.d\"\nBEGIN { x = }", DT_C_FILE,
	    "D_SYNTAX 12: syntax error near \"}\"");
	check_err("# 1 \"<stdin>\" 1 3 4\n\nBEGIN { x = }", DT_C_FILE,
	    "D_SYNTAX 2: syntax error near \"}\"");
	check_err("#line 40\nBEGIN { x = }", DT_C_FILE,
	    "D_SYNTAX 40: syntax error near \"}\"");
	check_err("#pragma line 7\nBEGIN { x = }", DT_C_FILE,
	    "D_SYNTAX 7: syntax error near \"}\"");
	check_err("#line abc\n", DT_C_FILE, "D_PRAGMA_MALFORM 1: malformed "
	    "#line <line> [ [\"file\"] state ]");
	check_err("#line 3 file\n", DT_C_FILE, "D_PRAGMA_MALFORM 1: malformed "
	    "#line <line> [ [\"file\"] state ]");
	check_err("\n#include <foo.h>\n", DT_C_FILE, "D_SYNTAX 2: "
	    "preprocessor directive #include requires -C (run the program "
	    "through cpp)");
	check_err("#define X 1\n", DT_C_FILE, "D_SYNTAX 1: "
	    "preprocessor directive #define requires -C (run the program "
	    "through cpp)");
	check_err("#foo bar\n", DT_C_FILE,
	    "D_PRAGMA_INVAL 1: invalid control directive: #foo");
	check_err("#error this is bad\n", DT_C_FILE,
	    "D_PRAGERR 1: #error: this is bad ");
	check_err("#pragma error oops\n", DT_C_FILE,
	    "D_PRAGERR 1: #error: oops ");
	check_err("#pragma D option \"x\n", DT_C_FILE,
	    "D_STR_NL 1: newline encountered in string literal");
	/* '#' not at the start of a line is just a bad character */
	check_err("BEGIN { x = 1; # y\n}", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"#\"");
	check_err("/* c */ #pragma D option quiet\n", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"#\"");
}

static void
test_errors(void)
{
	/* clause shape */
	check_err("BEGIN", DT_C_FILE, "D_SYNTAX 1: expected predicate and/or "
	    "actions following probe description");
	check_err("\nBEGIN\nEND {}", DT_C_FILE, "D_SYNTAX 2: expected "
	    "predicate and/or actions following probe description");
	check_err("BEGIN\n/x/", DT_C_FILE, "D_SYNTAX 2: expected actions { } "
	    "following probe description and predicate");
	check_err("BEGIN /x/ ;", DT_C_PSPEC, "D_SYNTAX 1: expected actions "
	    "{ } following probe description and predicate");
	check_err("BEGIN {} ;", DT_C_FILE, "D_SYNTAX 1: syntax error near "
	    "\";\"");
	check_err("BEGIN, {}", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"{\"");
	check_err("BEGIN, int", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"int\"");
	check_err("BEGIN /x {}", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"{\"");

	/* syntax errors name the token, at its line */
	check_err("BEGIN\n{\n\tx = \n}", DT_C_FILE,
	    "D_SYNTAX 4: syntax error near \"}\"");
	check_err("BEGIN { x = 1", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near end of input");
	check_err("BEGIN { x = 1 y = 2 }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"y\"");
	check_err("BEGIN { x = 1; } }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"}\"");
	check_err("BEGIN { x = \"a\" \"b\"; }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"\"b\"\"");
	check_err("BEGIN { a[] = 1; }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"]\"");
	check_err("BEGIN { @a[] = count(); }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"]\"");
	check_err("BEGIN { (f)(1); }", DT_C_FILE,
	    "D_FUNC_IDENT 1: function designator is not of function type");
	check_err("BEGIN { self.x = 1; }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \".\"");
	check_err("BEGIN { int x; }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"int\"");
	check_err("BEGIN { if x y = 1; }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"x\"");
	check_err("BEGIN { if (x) y = 1 else z = 2; }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"else\"");
	check_err("BEGIN { else x = 1; }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"else\"");
	check_err("BEGIN { x = #; }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"#\"");
	check_err("BEGIN { x = $; }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"$\"");
	check_err("BEGIN { x = @1; }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"@\"");
	check_err("BEGIN { x = ` ; }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"`\"");
	check_err("BEGIN { x = \001; }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"\\001\"");
	check_err("}", DT_C_FILE, "D_SYNTAX 1: syntax error near \"}\"");
	check_err("BEGIN { trace(1)); }", DT_C_FILE,
	    "D_SYNTAX 1: extra ) in input stream");
	check_err("BEGIN { a[1]]; }", DT_C_FILE,
	    "D_SYNTAX 1: extra ] in input stream");
	check_err("BEGIN /(x/ {}", DT_C_FILE,
	    "D_SYNTAX 1: closing ) expected in predicate before /");
	check_err("BEGIN /a[x/ {}", DT_C_FILE,
	    "D_SYNTAX 1: closing ] expected in predicate before /");
	check_err("BEGIN { x = xlate<int>; }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \";\"");
	check_err("BEGIN { x = offsetof(struct foo, ); }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \")\"");
	check_err("BEGIN { x = sizeof(int; }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \";\"");

	/* comments */
	check_err("BEGIN {}\n/* abc\n\n", DT_C_FILE,
	    "D_SYNTAX 2: end-of-file encountered before matching */");
	check_err("BEGIN { /* a /* b */ }", DT_C_FILE,
	    "D_SYNTAX 1: /* encountered inside a comment");

	/* literals */
	check_err("BEGIN { x = \"abc\n\"; }", DT_C_FILE,
	    "D_STR_NL 1: newline encountered in string literal");
	check_err("BEGIN { x = \"abc\\\n\"; }", DT_C_FILE,
	    "D_STR_NL 1: newline encountered in string literal");
	check_err("BEGIN { x = \"abc", DT_C_FILE,
	    "D_STR_NL 1: end-of-file encountered in string literal");
	check_err("BEGIN { x = ''; }", DT_C_FILE,
	    "D_CHR_NULL 1: empty character constant");
	check_err("BEGIN { x = 'abcdefghi'; }", DT_C_FILE,
	    "D_CHR_OFLOW 1: character constant is too long");
	check_err("BEGIN {\n x = 'a\n'; }", DT_C_FILE,
	    "D_CHR_NL 2: newline encountered in character constant");
	check_err("BEGIN { x = 'a", DT_C_FILE,
	    "D_CHR_NL 1: end-of-file encountered in character constant");
	check_err("BEGIN { x = 1.5; }", DT_C_FILE,
	    "D_SYNTAX 1: floating-point constants are not permitted");
	check_err("BEGIN { x = 1e5; }", DT_C_FILE,
	    "D_SYNTAX 1: floating-point constants are not permitted");
	check_err("BEGIN { x = .5; }", DT_C_FILE,
	    "D_SYNTAX 1: floating-point constants are not permitted");
	check_err("BEGIN { x = 09; }", DT_C_FILE,
	    "D_INT_DIGIT 1: constant 09 contains invalid digit 9");
	check_err("BEGIN { x = 0x; }", DT_C_FILE,
	    "D_INT_DIGIT 1: constant 0x contains invalid digit x");
	check_err("BEGIN { x = 12abc; }", DT_C_FILE,
	    "D_INT_DIGIT 1: constant 12abc contains invalid digit a");
	check_err("BEGIN { x = 1uu; }", DT_C_FILE,
	    "D_INT_DIGIT 1: constant 1uu contains invalid digit u");
	check_err("BEGIN { x = 1lL; }", DT_C_FILE,
	    "D_INT_DIGIT 1: constant 1lL contains invalid digit L");
	check_err("BEGIN { x = 18446744073709551616; }", DT_C_FILE,
	    "D_INT_OFLOW 1: constant 18446744073709551616 results in "
	    "integer overflow");
	check_err("BEGIN { x = 0x10000000000000000; }", DT_C_FILE,
	    "D_INT_OFLOW 1: constant 0x10000000000000000 results in "
	    "integer overflow");

	/* unsupported keywords */
	check_err("BEGIN { return 1; }", DT_C_FILE,
	    "D_KEYWORD_UNSUP 1: syntax error near \"return\"");
	check_err("BEGIN { goto x; }", DT_C_FILE,
	    "D_KEYWORD_UNSUP 1: syntax error near \"goto\"");
	check_err("BEGIN { switch (x) { } }", DT_C_FILE,
	    "D_KEYWORD_UNSUP 1: syntax error near \"switch\"");
	check_err("BEGIN { do x++; while (x); }", DT_C_FILE,
	    "D_KEYWORD_UNSUP 1: syntax error near \"do\"");
	check_err("BEGIN { x = case; }", DT_C_FILE,
	    "D_KEYWORD_UNSUP 1: syntax error near \"case\"");
	check_err("import foo;", DT_C_FILE,
	    "D_KEYWORD_UNSUP 1: syntax error near \"import\"");

	/* declarations */
	check_err("int char x;", DT_C_FILE,
	    "D_DECL_COMBO 1: invalid type combination");
	check_err("signed unsigned x;", DT_C_FILE,
	    "D_DECL_COMBO 1: invalid type combination");
	check_err("long long long x;", DT_C_FILE,
	    "D_DECL_COMBO 1: invalid type combination");
	check_err("short long x;", DT_C_FILE,
	    "D_DECL_COMBO 1: invalid type combination");
	check_err("unsigned string x;", DT_C_FILE,
	    "D_DECL_COMBO 1: invalid type combination");
	check_err("unsigned struct foo x;", DT_C_FILE,
	    "D_DECL_COMBO 1: invalid type combination");
	check_err("static extern int x;", DT_C_FILE, "D_DECL_BADCLASS 1: "
	    "only one storage class allowed in a declaration");
	check_err("int x y;", DT_C_FILE, "D_SYNTAX 1: syntax error near \"y\"");
	check_err("int ;x", DT_C_FILE, "D_SYNTAX 1: expected predicate and/or "
	    "actions following probe description");
	check_err("int 3;", DT_C_FILE, "D_SYNTAX 1: syntax error near \"3\"");
	check_err("int x", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near end of input");
	check_err("struct foo { };", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"}\"");
	check_err("struct;", DT_C_FILE, "D_SYNTAX 1: syntax error near \";\"");
	check_err("enum e { };", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"}\"");
	check_err("struct foo { int a : x; };", DT_C_FILE,
	    "D_SYNTAX 1: positive integral constant expression expected as "
	    "bit-field size");
	check_err("struct foo { int a : 0; };", DT_C_FILE,
	    "D_SYNTAX 1: positive integral constant expression expected as "
	    "bit-field size");
	check_err("struct foo { int a : 65; };", DT_C_FILE,
	    "D_SYNTAX 1: bit-field too big for type: a");
	check_err("inline int x;", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \";\"");
	check_err("translator int < int > { };", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \">\"");
	check_err("translator psinfo_t < int x > { a = 1; }", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near end of input");
	check_err("provider foo { int bar(); };", DT_C_FILE,
	    "D_SYNTAX 1: syntax error near \"int\"");
	/* as in illumos, "self-" is the longest probe-specifier word here */
	check_err("self->x = 1;", DT_C_PSPEC,
	    "D_SYNTAX 1: syntax error near \">\"");
}

static void
test_nesting(void)
{
	char *s = malloc(200000);
	int i, n;

	/* deep parentheses, unary operators, blocks, pointers, chains */
	n = sprintf(s, "BEGIN { x = ");
	for (i = 0; i < 2000; i++)
		s[n++] = '(';
	s[n++] = '1';
	for (i = 0; i < 2000; i++)
		s[n++] = ')';
	strcpy(s + n, "; }");
	check_str("2000 parentheses", parse(s, DT_C_FILE), "ERR D_SYNTAX 1: "
	    "program nesting too deep (more than 512 levels)");

	n = sprintf(s, "BEGIN { x = ");
	for (i = 0; i < 100; i++)
		s[n++] = '(';
	s[n++] = '1';
	for (i = 0; i < 100; i++)
		s[n++] = ')';
	strcpy(s + n, "; }");
	check_str("100 parentheses", parse(s, DT_C_FILE), "(prog (clause "
	    "(pdesc BEGIN) (body (expr (= (ident x) (int 1))))))");

	n = sprintf(s, "BEGIN { x = ");
	for (i = 0; i < 100000; i++)
		s[n++] = '!';
	strcpy(s + n, "1; }");
	check_str("100000 !", parse(s, DT_C_FILE), "ERR D_SYNTAX 1: "
	    "program nesting too deep (more than 512 levels)");

	n = sprintf(s, "BEGIN ");
	for (i = 0; i < 5000; i++)
		s[n++] = '{';
	for (i = 0; i < 5000; i++)
		s[n++] = '}';
	s[n] = '\0';
	check_str("5000 braces", parse(s, DT_C_FILE), "ERR D_SYNTAX 1: "
	    "program nesting too deep (more than 512 levels)");

	n = sprintf(s, "int ");
	for (i = 0; i < 100000; i++)
		s[n++] = '*';
	strcpy(s + n, "x;");
	check_str("100000 pointers", parse(s, DT_C_FILE), "ERR D_SYNTAX 1: "
	    "program nesting too deep (more than 512 levels)");

	n = sprintf(s, "BEGIN { x = 1");
	for (i = 0; i < 10000; i++)
		n += sprintf(s + n, "+1");
	strcpy(s + n, "; }");
	check_str("10000 terms", parse(s, DT_C_FILE), "ERR D_SYNTAX 1: "
	    "program nesting too deep (more than 512 levels)");

	n = sprintf(s, "BEGIN { x = a");
	for (i = 0; i < 10000; i++)
		n += sprintf(s + n, "[1]");
	strcpy(s + n, "; }");
	check_str("10000 subscripts", parse(s, DT_C_FILE), "ERR D_SYNTAX 1: "
	    "program nesting too deep (more than 512 levels)");

	/* a long statement list is not nesting */
	n = sprintf(s, "BEGIN { ");
	for (i = 0; i < 10000; i++)
		n += sprintf(s + n, "x = 1; ");
	strcpy(s + n, "}");
	check_int("10000 statements parse",
	    strncmp(parse(s, DT_C_FILE), "(prog", 5), 0);

	/* a very long identifier: the error shows its start only */
	n = sprintf(s, "BEGIN { x = 1 ");
	for (i = 0; i < 100000; i++)
		s[n++] = 'a';
	strcpy(s + n, " }");
	check_str("long token in error", parse(s, DT_C_FILE),
	    "ERR D_SYNTAX 1: syntax error near \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\"");
	free(s);
}

/* Things the table-driven checks cannot express. */
static void
test_api(void)
{
	dt_arena_t *ar = dt_arena_create();
	dt_node_t *a, *b, *c, *list;
	dt_decl_t *d;
	char *p, *q;
	int i, zero = 1;
	dt_pcb_t pcb;
	dt_node_t *prog, *cl;

	/* arena: zeroed, aligned, large blocks, strndup with NULs */
	for (i = 0; i < 1000; i++) {
		p = dt_arena_alloc(ar, (size_t)(i * 7) % 300 + 1);
		if (((uintptr_t)p & 15) != 0 || p[0] != 0)
			zero = 0;
		memset(p, 0xff, (size_t)(i * 7) % 300 + 1);
	}
	p = dt_arena_alloc(ar, 1 << 20);
	zero &= p != NULL && p[0] == 0 && p[(1 << 20) - 1] == 0;
	check_int("arena blocks zeroed and aligned", zero, 1);
	q = dt_arena_strndup(ar, "a\0b", 3);
	check_int("strndup keeps NULs", memcmp(q, "a\0b\0", 4), 0);
	check_str("strdup", dt_arena_strdup(ar, "xyz"), "xyz");

	/* node helpers */
	a = dt_node_new(ar, DT_NODE_INT, 3);
	b = dt_node_new(ar, DT_NODE_INT, 4);
	c = dt_node_new(ar, DT_NODE_INT, 5);
	check_int("node line", a->dn_line, 3);
	check_int("node zeroed", a->dn_list == NULL && a->dn_value == 0, 1);
	list = dt_node_append(NULL, a);
	list = dt_node_append(list, b);
	list = dt_node_append(list, c);
	check_int("append/count", dt_node_count(list), 3);
	check_int("append order", list == a && a->dn_list == b &&
	    b->dn_list == c, 1);
	check_int("count NULL", dt_node_count(NULL), 0);
	d = dt_decl_new(ar, DT_DK_PTR, 9);
	check_int("decl new", d->dd_kind == DT_DK_PTR && d->dd_line == 9 &&
	    d->dd_next == NULL, 1);
	dt_arena_destroy(ar);
	dt_arena_destroy(NULL);

	check_str("token +", dt_token_name(DT_TOK_ADD), "+");
	check_str("token ->", dt_token_name(DT_TOK_PTR), "->");
	check_str("token sizeof", dt_token_name(DT_KEY_SIZEOF), "sizeof");
	check_str("token post++", dt_token_name(DT_TOK_POSTINC), "++");
	check_str("token ^^", dt_token_name(DT_TOK_LXOR), "^^");
	check_str("token bad", dt_token_name(DT_TOK_MAX), "<unknown token>");
	check_str("kind clause", dt_node_kind_name(DT_NODE_CLAUSE), "clause");
	check_str("kind bad", dt_node_kind_name((dt_node_kind_t)999),
	    "<unknown node>");

	/* NUL bytes: pcb_len, not the NUL, ends the text */
	check_str("NUL byte", parse_n("BEGIN { x = 1; \0 }", 18, DT_C_FILE),
	    "ERR D_SYNTAX 1: syntax error near \"\\000\"");
	check_str("NUL in string", parse_n("BEGIN { x = \"a\0b\"; }", 20,
	    DT_C_FILE), "(prog (clause (pdesc BEGIN) (body (expr (= (ident x) "
	    "(string \"a\\000b\"))))))");
	check_str("NUL in comment", parse_n("BEGIN { /*\0*/ }", 15, DT_C_FILE),
	    "(prog (clause (pdesc BEGIN) (body)))");

	/* node fields the dump does not show */
	memset(&pcb, 0, sizeof (pcb));
	pcb.pcb_text = "\nsyscall::read:entry\n{\n  x = 1;\n  y\n  = 2;\n}\n"
	    "typedef int t1; typedef int t2; typedef int t3; typedef int t4;"
	    "typedef int t5; typedef int t6; typedef int t7; typedef int t8;"
	    "typedef int t9;\nBEGIN";
	pcb.pcb_cflags = DT_C_PSPEC;	/* pcb_len 0: strlen is used */
	if (setjmp(pcb.pcb_jmp) != 0) {
		check_str("setup", pcb.pcb_errmsg, "");
		dt_arena_destroy(pcb.pcb_arena);
		return;
	}
	prog = dt_parse_program(&pcb);
	check_int("arena created", pcb.pcb_arena != NULL, 1);
	cl = prog->dn_body;
	check_int("clause line", cl->dn_line, 2);
	check_int("pdesc line", cl->dn_pdescs->dn_line, 2);
	check_int("stmt 1 line", cl->dn_body->dn_line, 4);
	check_int("stmt 2 line", cl->dn_body->dn_list->dn_line, 5);
	check_int("op line is its left operand's",
	    cl->dn_body->dn_list->dn_left->dn_line, 5);
	check_int("rhs line", cl->dn_body->dn_list->dn_left->dn_right->dn_line,
	    6);
	check_int("ninth typedef remembered", pcb.pcb_ntypedefs, 9);
	check_str("typedef name", pcb.pcb_typedefs[8], "t9");
	for (cl = prog->dn_body; cl->dn_list != NULL; cl = cl->dn_list)
		continue;
	check_int("bare clause", cl->dn_kind == DT_NODE_CLAUSE &&
	    cl->dn_pred == NULL && cl->dn_body == NULL, 1);
	check_int("items", dt_node_count(prog->dn_body), 11);
	dt_arena_destroy(pcb.pcb_arena);

	/* indented dump: one statement per line */
	{
		char *buf = NULL;
		size_t size = 0;
		FILE *fp;

		memset(&pcb, 0, sizeof (pcb));
		pcb.pcb_text = "BEGIN { x = 1; { y = 2 } }";
		pcb.pcb_arena = dt_arena_create();
		if (setjmp(pcb.pcb_jmp) == 0) {
			prog = dt_parse_program(&pcb);
			fp = open_memstream(&buf, &size);
			dt_node_dump(prog, 0, fp);
			fclose(fp);
			check_str("indented dump", buf,
			    "(prog\n"
			    "  (clause (pdesc BEGIN) (body\n"
			    "    (expr (= (ident x) (int 1)))\n"
			    "    (block\n"
			    "      (expr (= (ident y) (int 2)))))))\n");
			free(buf);
		}
		dt_arena_destroy(pcb.pcb_arena);
	}
}

int
main(void)
{
	test_expressions();
	test_literals();
	test_statements();
	test_clauses();
	test_declarations();
	test_control_lines();
	test_errors();
	test_nesting();
	test_api();

	printf("test_parse: %d passed, %d failed\n", npass, nfail);
	return nfail != 0;
}
