/*
 * dtrace.c -- the dtrace(1) command: options, messages, the main loop.
 *
 * This is the only place that decides what the user sees on stderr and
 * how the process exits: 0 on success (or the status given to exit()),
 * 1 on any error, 2 on bad usage.  Everything else is the library's.
 *
 * Programs (-n, -P, -m, -f, -i and -s) compile in command-line order
 * into one handle; after all have compiled, one "matched N probes" notice
 * per program goes to stderr (unless quiet), tracing starts, and the
 * records are printed until exit(), Ctrl-C, SIGINT or SIGTERM.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sys/ptrace.h>
#include "lib/dt_impl.h"
#include "lib/dtrace.h"
#include "cg/dt_dis.h"
#include "cg/dt_cg.h"
#include "consume/dt_agg.h"
#include "consume/dt_sym.h"

typedef enum { DC_STR, DC_FILE, DC_ID } dcmd_kind_t;

typedef struct dcmd {
	dcmd_kind_t dc_kind;
	char *dc_arg;       /* the text as given (-n) or the file name (-s) */
	char *dc_text;      /* program text to compile */
	char *dc_desc;      /* for the "matched" notice */
	int dc_matched;
} dcmd_t;

static const char *g_pname = "dtrace";
static volatile sig_atomic_t g_intr;
static dcmd_t *g_cmdv;
static int g_cmdc;
static void msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static pid_t g_target;        /* -c child or -p process, or 0 */
static int g_target_child;    /* g_target is our -c child */
static int g_target_traced;   /* ptrace()d to read its symbols at exit */
static int g_gofd = -1;       /* write end: releases the -c child */

/*
 * -c: start the command now (so $target is known when programs compile)
 * but hold it before exec until tracing has started.
 */
/* The file to execute for name, searched in $PATH as execvp() would. */
static char *
find_executable(const char *name)
{
	if (strchr(name, '/') != NULL)
		return access(name, X_OK) == 0 ? strdup(name) : NULL;
	const char *path = getenv("PATH");
	if (path == NULL)
		path = "/usr/local/bin:/usr/bin:/bin";
	while (*path != '\0') {
		size_t n = strcspn(path, ":");
		char *f = malloc(n + strlen(name) + 2);
		if (f == NULL)
			return NULL;
		snprintf(f, n + strlen(name) + 2, "%.*s/%s", (int)n,
		    n ? path : ".", name);
		struct stat st;
		if (access(f, X_OK) == 0 && stat(f, &st) == 0 &&
		    S_ISREG(st.st_mode))
			return f;
		free(f);
		path += n + (path[n] == ':');
	}
	return NULL;
}

/*
 * -c: start the command now (so $target is known when programs compile)
 * but hold it before exec until tracing has started.  As in DTrace, the
 * command is split at white space and run without a shell.
 */
static int
start_command(const char *cmd)
{
	char *copy = strdup(cmd), **argv = calloc(strlen(cmd) / 2 + 2,
	    sizeof(char *));
	int argc = 0, fds[2];

	if (copy == NULL || argv == NULL)
		return -1;
	for (char *t = strtok(copy, " \t\n"); t; t = strtok(NULL, " \t\n"))
		argv[argc++] = t;
	if (argc == 0) {
		msg("failed to execute %s: no command given", cmd);
		return 1;
	}
	char *file = find_executable(argv[0]);
	if (file == NULL) {
		msg("failed to execute %s: cannot find executable file",
		    argv[0]);
		return 1;
	}
	if (pipe(fds) != 0)
		return -1;
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		char c;
		close(fds[1]);
		if (read(fds[0], &c, 1) != 1)
			_exit(127);
		close(fds[0]);
		execv(file, argv);
		_exit(127);
	}
	free(file);
	close(fds[0]);
	fcntl(fds[1], F_SETFD, FD_CLOEXEC);
	g_gofd = fds[1];
	g_target = pid;
	g_target_child = 1;
	return 0;
}

static void
release_command(void)
{
	if (g_gofd >= 0) {
		(void)!write(g_gofd, "g", 1);
		close(g_gofd);
		g_gofd = -1;
	}
}

/* 1 when the -c/-p process is gone (and says so, unless quiet) */
static int
target_gone(dtrace_hdl_t *dtp)
{
	int status;

	if (g_target == 0)
		return 0;
	if (g_target_child) {
		pid_t w;
		while ((w = waitpid(g_target, &status, WNOHANG)) == g_target &&
		    WIFSTOPPED(status) && g_target_traced) {
			/* traced for its symbols: read its mappings as it
			 * exits; pass any signal on */
			int sig = WSTOPSIG(status);
			if (status >> 8 == (SIGTRAP | PTRACE_EVENT_EXIT << 8)) {
				dt_sym_snapshot(dtp, (uint32_t)g_target);
				sig = 0;
			} else if (status >> 16 != 0)
				sig = 0;       /* an event stop */
			ptrace(PTRACE_CONT, g_target, 0, sig);
		}
		if (w != g_target)
			return 0;
		if (!dtp->dt_opts.do_quiet) {
			if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
				msg("pid %d exited with status %d", (int)g_target,
				    WEXITSTATUS(status));
			else if (WIFSIGNALED(status))
				msg("pid %d terminated by SIG%s", (int)g_target,
				    sigabbrev_np(WTERMSIG(status)) ?
				    sigabbrev_np(WTERMSIG(status)) : "UNKNOWN");
			else
				msg("pid %d has exited", (int)g_target);
		}
		return 1;
	}
	if (kill(g_target, 0) == 0 || errno != ESRCH)
		return 0;
	if (!dtp->dt_opts.do_quiet)
		msg("pid %d has exited", (int)g_target);
	return 1;
}

static void
usage(FILE *fp)
{
	fprintf(fp, "Usage: %s [-CeFhHlqSvVwZ] [-b bufsz] [-c cmd] "
	    "[-D name[=def]]\n"
	    "\t[-I path] [-o output] [-p pid] [-s script] [-U name]\n"
	    "\t[-x opt[=val]]\n\n"
	    "\t[-P provider [[ predicate ] action ]]\n"
	    "\t[-m [ provider: ] module [[ predicate ] action ]]\n"
	    "\t[-f [[ provider: ] module: ] func [[ predicate ] action ]]\n"
	    "\t[-n [[[ provider: ] module: ] func: ] name [[ predicate ] "
	    "action ]]\n"
	    "\t[-i probe-id [[ predicate ] action ]] [ args ... ]\n\n"
	    "\tpredicate -> '/' D-expression '/'\n"
	    "\t   action -> '{' D-statements '}'\n\n"
	    "\t-b  set trace buffer size\n"
	    "\t-c  run specified command and exit upon its completion\n"
	    "\t-C  run cpp(1) preprocessor on script files\n"
	    "\t-D  define symbol when invoking preprocessor\n"
	    "\t-e  exit after compiling request but prior to enabling probes\n"
	    "\t-f  enable or list probes matching the specified function name\n"
	    "\t-F  coalesce trace output by function\n"
	    "\t-h  print this help and exit\n"
	    "\t-i  enable or list probes matching the specified probe id\n"
	    "\t-I  add include directory to preprocessor search path\n"
	    "\t-l  list probes matching specified criteria\n"
	    "\t-m  enable or list probes matching the specified module name\n"
	    "\t-n  enable or list probes matching the specified probe name\n"
	    "\t-o  set output file\n"
	    "\t-p  grab specified process-ID and cache its symbol tables\n"
	    "\t-P  enable or list probes matching the specified provider name\n"
	    "\t-q  set quiet mode (only output explicitly traced data)\n"
	    "\t-s  enable or list probes according to the specified D script\n"
	    "\t-S  print D compiler intermediate code (the BPF programs)\n"
	    "\t-U  undefine symbol when invoking preprocessor\n"
	    "\t-v  set verbose mode (report verifier logs, arguments)\n"
	    "\t-V  report DTrace API version\n"
	    "\t-w  permit destructive actions\n"
	    "\t-x  enable or modify compiler and tracing options\n"
	    "\t-Z  permit probe descriptions that match zero probes\n",
	    g_pname);
}

static void
msg(const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s: ", g_pname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static void
msg_handler(void *arg, const char *text)
{
	(void)arg;
	msg("%s", text);
}

static void
intr(int sig)
{
	(void)sig;
	g_intr = 1;
}

static char *
read_file(const char *path)
{
	FILE *fp = fopen(path, "r");
	if (fp == NULL)
		return NULL;
	size_t len = 0, cap = 4096;
	char *buf = malloc(cap);
	size_t n;
	while ((n = fread(buf + len, 1, cap - len - 1, fp)) > 0) {
		len += n;
		if (cap - len < 2)
			buf = realloc(buf, cap *= 2);
	}
	buf[len] = '\0';
	fclose(fp);
	if (strlen(buf) != len) {
		free(buf);
		errno = EINVAL;
		return NULL;
	}
	return buf;
}

static void
add_cmd(dcmd_kind_t kind, const char *arg, const char *text)
{
	g_cmdv = realloc(g_cmdv, (g_cmdc + 1) * sizeof(dcmd_t));
	dcmd_t *dc = &g_cmdv[g_cmdc++];
	memset(dc, 0, sizeof(*dc));
	dc->dc_kind = kind;
	dc->dc_arg = strdup(arg);
	dc->dc_text = strdup(text);
	if (kind != DC_FILE) {
		/* the notice shows the argument cut at its first { / or ; */
		dc->dc_desc = strdup(arg);
		char *p = strpbrk(dc->dc_desc, "{/;");
		if (p != NULL)
			*p = '\0';
	} else {
		dc->dc_desc = strdup(arg);
	}
}

/* -P/-m/-f/-i: the probe part gets the usual empty fields */
static void
add_desc_cmd(int opt, const char *arg)
{
	size_t len = strcspn(arg, "{/;");
	char head[1024], text[8192];
	int colons = 0;

	snprintf(head, sizeof(head), "%.*s", (int)len, arg);
	char *e = head + strlen(head);
	while (e > head && (e[-1] == ' ' || e[-1] == '\t'))
		*--e = '\0';
	for (const char *p = head; *p; p++)
		colons += *p == ':';
	const char *fmt = "%s";
	switch (opt) {
	case 'P': fmt = "%s:::"; break;
	case 'm': fmt = colons >= 1 ? "%s::" : ":%s::"; break;
	case 'f': fmt = colons >= 2 ? "%s:" : colons == 1 ? "%s:" : "::%s:";
		break;
	case 'i':
		/* a probe ID: replaced by the probe's name once probes exist */
		snprintf(text, sizeof(text), "%s %s", head, arg + len);
		add_cmd(DC_ID, arg, text);
		return;
	default: break;
	}
	char desc[1100];
	snprintf(desc, sizeof(desc), fmt, head);
	snprintf(text, sizeof(text), "%s %s", desc, arg + len);
	add_cmd(DC_STR, arg, text);
}

/* -i ID: write the probe's full name in place of its ID */
static int
resolve_ids(dtrace_hdl_t *dtp)
{
	for (int i = 0; i < g_cmdc; i++) {
		dcmd_t *dc = &g_cmdv[i];
		if (dc->dc_kind != DC_ID)
			continue;
		char *end;
		unsigned long id = strtoul(dc->dc_text, &end, 10);
		if (end == dc->dc_text || (*end != '\0' && *end != ' ') ||
		    id == 0 || id > dtp->dt_nprobes ||
		    dtp->dt_probes[id] == NULL) {
			msg("invalid probe specifier %s: probe ID %.*s does not "
			    "exist", dc->dc_arg, (int)strcspn(dc->dc_text, " "),
			    dc->dc_text);
			return -1;
		}
		dt_probe_t *pr = dtp->dt_probes[id];
		size_t n = strlen(dc->dc_text) + strlen(pr->pr_prov->pv_name) +
		    strlen(pr->pr_mod) + strlen(pr->pr_func) +
		    strlen(pr->pr_name) + 8;
		char *t = malloc(n);
		if (t == NULL)
			return -1;
		snprintf(t, n, "%s:%s:%s:%s%s", pr->pr_prov->pv_name,
		    pr->pr_mod, pr->pr_func, pr->pr_name, end);
		free(dc->dc_text);
		dc->dc_text = t;
		dc->dc_kind = DC_STR;
	}
	return 0;
}

/* Stability attributes, as DTrace reports them: the dtrace provider's
 * probes are Stable; ours for Linux are Private until they settle. */
static void
print_attrs(FILE *out, const char *title, int stable)
{
	fprintf(out, "\t%s\n\t\tIdentifier Names: %s\n"
	    "\t\tData Semantics:   %s\n\t\tDependency Class: %s\n", title,
	    stable ? "Stable" : "Private", stable ? "Stable" : "Private",
	    stable ? "Common" : "Unknown");
}

static int
list_probe(dtrace_hdl_t *dtp, dt_probe_t *pr, void *arg)
{
	FILE *out = arg;
	fprintf(out, "%5u %10s %17s %33s %s\n", pr->pr_id,
	    pr->pr_prov->pv_name, pr->pr_mod, pr->pr_func, pr->pr_name);
	if (dtp->dt_opts.do_verbose) {
		int stable = strcmp(pr->pr_prov->pv_name, "dtrace") == 0;
		fprintf(out, "\n");
		print_attrs(out, "Probe Description Attributes", stable);
		fprintf(out, "\n");
		print_attrs(out, "Argument Attributes", stable);
		fprintf(out, "\n\tArgument Types\n");
		if (pr->pr_prov->pv_ops->po_argtypes != NULL)
			pr->pr_prov->pv_ops->po_argtypes(dtp, pr);
		if (pr->pr_prov->pv_ops->po_listargs != NULL &&
		    pr->pr_prov->pv_ops->po_listargs(dtp, pr, out) == 0) {
			fprintf(out, "\n");
			return 0;
		}
		/* args[] as D sees them: translated types where the
		 * provider has them, else the native ones */
		int n = pr->pr_nxargs ? pr->pr_nxargs : pr->pr_nargs;
		if (n == 0)
			fprintf(out, "\t\tNone\n");
		for (int i = 0; i < n; i++)
			fprintf(out, "\t\targs[%d]: %s\n", i, pr->pr_nxargs ?
			    pr->pr_xargs[i].xa_type : pr->pr_argtypes[i]);
		fprintf(out, "\n");
	}
	return 0;
}

/* -l: list the probes each program's descriptions match */
static int
do_list(dtrace_hdl_t *dtp, FILE *out)
{
	fprintf(out, "%5s %10s %17s %33s %s\n", "ID", "PROVIDER", "MODULE",
	    "FUNCTION", "NAME");
	if (g_cmdc == 0) {
		dt_pdesc_t all = { "", "", "", "" };
		dt_probe_iter(dtp, &all, list_probe, out);
		return 0;
	}
	dtp->dt_opts.do_zdefs = 1;
	if (resolve_ids(dtp) != 0)
		return 1;
	for (int i = 0; i < g_cmdc; i++) {
		dcmd_t *dc = &g_cmdv[i];
		dt_clause_t **first = dtp->dt_clause_tail;
		if (dt_program_compile(dtp, dc->dc_text, dc->dc_kind == DC_FILE ?
		    dc->dc_arg : NULL, dc->dc_kind == DC_FILE ? DT_C_FILE :
		    DT_C_PSPEC, NULL) != 0) {
			if (dc->dc_kind == DC_FILE)
				msg("failed to compile script %s: %s", dc->dc_arg,
				    dtrace_errmsg(dtp));
			else
				msg("invalid probe specifier %s: %s", dc->dc_arg,
				    dtrace_errmsg(dtp));
			return 1;
		}
		for (dt_clause_t *cl = *first; cl; cl = cl->cl_next) {
			for (int j = 0; j < cl->cl_npdescs; j++) {
				dt_pdesc_t *pd = &cl->cl_pdescs[j];
				if (dt_probe_iter(dtp, pd, list_probe, out) == 0)
					msg("failed to match %s:%s:%s:%s: No probe "
					    "matches description", pd->pd_prov,
					    pd->pd_mod, pd->pd_func, pd->pd_name);
			}
		}
	}
	return 0;
}

/*
 * After the buffers are made: what DTrace's dtrace(1) says when tracing
 * starts with less buffer than asked for, or with a rate the kernel moved
 * into its bounds.  Printed even when quiet.
 */
static void
report_size(const char *what, uint64_t asked, uint64_t got)
{
	int j = 0, shift = 10;

	if (got == 0 || got + 8 >= asked)
		return;
	for (; shift < 64 && (1ULL << shift) <= got; j++, shift += 10)
		continue;
	if ((got & ((1ULL << (shift - 10)) - 1)) == 0)
		msg("%s lowered to %llu%c", what,
		    (unsigned long long)(got >> (shift - 10)), " kmgtpe"[j]);
	else
		msg("%s lowered to %llu bytes", what, (unsigned long long)got);
}

static void
report_rate(const char *what, uint64_t asked, uint64_t got)
{
	const uint64_t sec = 1000000000ULL;
	const char *dir = got > asked ? "reduced" : "increased";

	if (got == 0 || got == asked)
		return;
	if (got <= sec && sec % got == 0)
		msg("%s %s to %llu hz", what, dir,
		    (unsigned long long)(sec / got));
	else if (got % sec == 0)
		msg("%s %s to once every %llu seconds", what, dir,
		    (unsigned long long)(got / sec));
	else
		msg("%s %s to once every %llu nanoseconds", what, dir,
		    (unsigned long long)got);
}

static const char *
dis_comment(void *arg, int idx)
{
	dt_probe_t *pr = arg;
	return pr->pr_comments != NULL ? pr->pr_comments[idx] : NULL;
}

static const char *
dis_mapname(void *arg, int fd)
{
	(void)arg;
	switch (fd) {
	case DT_MAPID_GLOBALS: return "globals";
	case DT_MAPID_MSTATE: return "mstate";
	case DT_MAPID_STRTAB: return "strtab";
	case DT_MAPID_RINGBUF: return "buffer";
	case DT_MAPID_ZERO: return "zero";
	default:
		return fd >= DT_MAPID_AGG ? "agg" : fd >= DT_MAPID_DVAR ?
		    "dvar" : NULL;
	}
}

int
main(int argc, char *argv[])
{
	int c, mode_list = 0, mode_exec = 1, mode_version = 0, mode_help = 0;
	const char *outfile = NULL;
	char **xopts = NULL, **cppargs = NULL;
	int nxopts = 0, ncppargs = 0, use_cpp = 0, quiet = 0, verbose = 0;
	int zdefs = 0, destructive = 0, show_bpf = 0, flowindent = 0;
	char *bufsize = NULL;

	if (argv[0] != NULL && strrchr(argv[0], '/') != NULL)
		g_pname = strrchr(argv[0], '/') + 1;
	if (argc == 1) {
		usage(stderr);
		return 2;
	}
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	opterr = 0;
	/* as DTrace, options may follow the macro arguments: collect the
	 * arguments and go on parsing after each */
	char **margs = calloc((size_t)argc + 1, sizeof(char *));
	int nmargs = 0;
	if (margs == NULL) {
		msg("out of memory");
		return 1;
	}
	for (;;) {
	while ((c = getopt_long(argc, argv,
	    "+b:c:CD:ef:FhHi:I:lm:n:o:p:P:qs:SU:vVwx:X:Z", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'b': bufsize = optarg; break;
		case 'C': use_cpp = 1; break;
		case 'D': case 'U': case 'I': {
			char buf[4096];
			snprintf(buf, sizeof(buf), "-%c%s", c, optarg);
			cppargs = realloc(cppargs, (ncppargs + 1) * sizeof(char *));
			cppargs[ncppargs++] = strdup(buf);
			break;
		}
		case 'e': mode_exec = 0; break;
		case 'F': flowindent = 1; break;
		case 'h': mode_help = 1; break;
		case 'H': break;
		case 'l': mode_list = 1; break;
		case 'n': add_cmd(DC_STR, optarg, optarg); break;
		case 'P': case 'm': case 'f': case 'i':
			add_desc_cmd(c, optarg);
			break;
		case 'o': outfile = optarg; break;
		case 'q': quiet = 1; break;
		case 's': {
			char *text = read_file(optarg);
			if (text == NULL) {
				msg("failed to open %s: %s", optarg,
				    strerror(errno));
				return 1;
			}
			g_cmdv = realloc(g_cmdv, (g_cmdc + 1) * sizeof(dcmd_t));
			dcmd_t *dc = &g_cmdv[g_cmdc++];
			memset(dc, 0, sizeof(*dc));
			dc->dc_kind = DC_FILE;
			dc->dc_arg = strdup(optarg);
			dc->dc_text = text;
			dc->dc_desc = strdup(optarg);
			break;
		}
		case 'S': show_bpf = 1; break;
		case 'v': verbose = 1; break;
		case 'V': mode_version = 1; break;
		case 'w': destructive = 1; break;
		case 'x':
			xopts = realloc(xopts, (nxopts + 1) * sizeof(char *));
			xopts[nxopts++] = optarg;
			break;
		case 'X': break;
		case 'Z': zdefs = 1; break;
		case 'c':
			if (g_target != 0) {
				msg("only one -c or -p process is supported");
				return 2;
			}
			switch (start_command(optarg)) {
			case 0:
				break;
			case 1:
				return 1;
			default:
				msg("failed to execute %s: %s", optarg,
				    strerror(errno));
				return 1;
			}
			break;
		case 'p': {
			char *end;
			long pid = strtol(optarg, &end, 10);
			if (g_target != 0) {
				msg("only one -c or -p process is supported");
				return 2;
			}
			if (*end != '\0' || pid <= 0) {
				msg("invalid process ID: %s", optarg);
				return 2;
			}
			if (kill((pid_t)pid, 0) != 0 && errno == ESRCH) {
				msg("failed to grab pid %ld: no such process", pid);
				return 1;
			}
			g_target = (pid_t)pid;
			break;
		}
		default:
			if (optopt != 0 && strchr("bcDfiImnoPpsUxX", optopt))
				msg("option requires an argument -- '%c'", optopt);
			else if (optopt != 0)
				msg("invalid option -- '%c'", optopt);
			else
				msg("unrecognized option '%s'", argv[optind - 1]);
			usage(stderr);
			return 2;
		}
	}
	if (optind > 1 && strcmp(argv[optind - 1], "--") == 0) {
		while (optind < argc)
			margs[nmargs++] = argv[optind++];
		break;
	}
	if (optind >= argc)
		break;
	margs[nmargs++] = argv[optind++];
	}
	if (mode_help) {
		usage(stdout);
		return 0;
	}
	if (mode_version + mode_list > 1) {
		msg("only one of the [-AGhlV] options can be specified at a time");
		return 2;
	}
	if (mode_version) {
		printf("%s: %s\n", g_pname, DTRACE_VERSION);
		return 0;
	}

	dtrace_hdl_t *dtp = dtrace_open();
	if (dtp == NULL) {
		msg("failed to initialize dtrace: out of memory");
		return 1;
	}
	dtp->dt_msgh = msg_handler;
	if (mode_exec && !mode_list && dt_bpf_check_privileges(dtp) != 0) {
		msg("failed to initialize dtrace: %s", dtrace_errmsg(dtp));
		dtrace_close(dtp);
		return 1;
	}
	/* $0 is the script (or "dtrace"), $1.. the arguments after options */
	dtp->dt_argc = nmargs + 1;
	dtp->dt_argv = calloc(dtp->dt_argc + 1, sizeof(char *));
	dtp->dt_argv[0] = g_cmdc > 0 && g_cmdv[0].dc_kind == DC_FILE ?
	    g_cmdv[0].dc_arg : argv[0];
	for (int i = 0; i < nmargs; i++)
		dtp->dt_argv[i + 1] = margs[i];
	dtp->dt_target = (int)g_target;
	dtp->dt_cpp = use_cpp;
	dtp->dt_cppargs = cppargs;
	dtp->dt_ncppargs = ncppargs;
	dtp->dt_show_bpf = show_bpf;
	dtp->dt_opts.do_quiet = quiet;
	dtp->dt_opts.do_verbose = verbose;
	dtp->dt_opts.do_zdefs = zdefs;
	dtp->dt_opts.do_destructive = destructive;
	dtp->dt_opts.do_flowindent = flowindent;
	if (bufsize != NULL && dt_opt_set(dtp, "bufsize", bufsize) != 0) {
		msg("failed to set -b %s: %s", bufsize, dtrace_errmsg(dtp));
		dtrace_close(dtp);
		return 1;
	}
	for (int i = 0; i < nxopts; i++) {
		char *name = strdup(xopts[i]), *val = strchr(name, '=');
		if (val != NULL)
			*val++ = '\0';
		if (dt_opt_set(dtp, name, val) != 0) {
			msg("failed to set -x %s: %s", name, dtrace_errmsg(dtp));
			free(name);
			dtrace_close(dtp);
			return 1;
		}
		free(name);
	}

	FILE *out = stdout;
	if (outfile != NULL) {
		out = fopen(outfile, "a");
		if (out == NULL) {
			msg("failed to open output file '%s': %s", outfile,
			    strerror(errno));
			dtrace_close(dtp);
			return 1;
		}
	}
	dtp->dt_out = out;

	if (mode_list) {
		int rc = do_list(dtp, out);
		fflush(out);
		dtrace_close(dtp);
		return rc;
	}
	if (g_cmdc == 0) {
		msg("no probes specified");
		dtrace_close(dtp);
		return 1;
	}

	if (resolve_ids(dtp) != 0) {
		dtrace_close(dtp);
		return 1;
	}
	for (int i = 0; i < g_cmdc; i++) {
		dcmd_t *dc = &g_cmdv[i];
		int file = dc->dc_kind == DC_FILE;
		dt_clause_t **first = dtp->dt_clause_tail;
		if (dt_program_compile(dtp, dc->dc_text, file ? dc->dc_arg : NULL,
		    file ? DT_C_FILE : DT_C_PSPEC, &dc->dc_matched) != 0) {
			if (file)
				msg("failed to compile script %s: %s", dc->dc_arg,
				    dtrace_errmsg(dtp));
			else
				msg("invalid probe specifier %s: %s", dc->dc_arg,
				    dtrace_errmsg(dtp));
			dtrace_close(dtp);
			return 1;
		}
		if (dtp->dt_opts.do_verbose) {
			/* the minimum over the providers the program uses */
			int stable = 1;
			for (dt_clause_t *cl = *first; cl; cl = cl->cl_next)
				for (int j = 0; j < cl->cl_npdescs; j++) {
					const dt_pdesc_t *pd = &cl->cl_pdescs[j];
					if (strcmp(pd->pd_prov, "dtrace") != 0 &&
					    !(pd->pd_prov[0] == '\0' &&
					    (strcmp(pd->pd_name, "BEGIN") == 0 ||
					    strcmp(pd->pd_name, "END") == 0 ||
					    strcmp(pd->pd_name, "ERROR") == 0)))
						stable = 0;
				}
			fprintf(out, "\nStability attributes for %s %s:\n\n",
			    file ? "script" : "description", dc->dc_desc);
			print_attrs(out, "Minimum Probe Description Attributes",
			    stable);
			fprintf(out, "\n");
			print_attrs(out, "Minimum Statement Attributes", 1);
			fprintf(out, "\n");
		}
	}
	if (dt_enable(dtp) != 0) {
		msg("could not enable tracing: %s", dtrace_errmsg(dtp));
		dtrace_close(dtp);
		return 1;
	}
	if (show_bpf) {
		for (uint32_t i = 1; i <= dtp->dt_nprobes; i++) {
			dt_probe_t *pr = dtp->dt_probes[i];
			if (pr->pr_insns == NULL)
				continue;
			char title[512];
			snprintf(title, sizeof(title), "%s:%s:%s:%s",
			    pr->pr_prov->pv_name, pr->pr_mod, pr->pr_func,
			    pr->pr_name);
			dt_dis_ctx_t ctx = { dis_mapname, dis_comment, pr };
			dt_dis_insns(stderr, title, pr->pr_insns, pr->pr_ninsns,
			    &ctx);
			fputc('\n', stderr);
		}
	}
	if (!mode_exec) {
		dtrace_close(dtp);
		return 0;
	}
	if (!dtp->dt_opts.do_quiet) {
		for (int i = 0; i < g_cmdc; i++)
			msg("%s '%s' matched %d probe%s", g_cmdv[i].dc_kind ==
			    DC_FILE ? "script" : "description", g_cmdv[i].dc_desc,
			    g_cmdv[i].dc_matched, g_cmdv[i].dc_matched == 1 ? "" :
			    "s");
		if (dtp->dt_opts.do_destructive)
			msg("allowing destructive actions");
	}

	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = intr;
	/* as DTrace: a signal ignored by whoever started us (nohup, a shell's
	 * background job) stays ignored */
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
		struct sigaction old;
		if (sigaction(sigs[i], NULL, &old) == 0 &&
		    old.sa_handler == SIG_IGN)
			continue;
		sigaction(sigs[i], &sa, NULL);
	}
	signal(SIGPIPE, SIG_IGN);

	dt_opts_t asked = dtp->dt_opts;
	if (dt_load(dtp) != 0) {
		msg("could not enable tracing: %s", dtrace_errmsg(dtp));
		if (verbose && dtp->dt_verifier_log != NULL &&
		    dtp->dt_verifier_log[0] != '\0')
			fprintf(stderr, "%s", dtp->dt_verifier_log);
		dtrace_close(dtp);
		return 1;
	}
	report_size("buffer size", asked.do_bufsize, dtp->dt_opts.do_bufsize);
	report_rate("cleaning rate", asked.do_cleanrate,
	    dtp->dt_opts.do_cleanrate);
	report_rate("status rate", asked.do_statusrate,
	    dtp->dt_opts.do_statusrate);
	if (dt_go(dtp) != 0) {
		msg("could not enable tracing: %s", dtrace_errmsg(dtp));
		dtrace_close(dtp);
		return 1;
	}
	int status = 0;
	/* user stacks of the -c command must still resolve after it exits:
	 * trace it to stop it at exit, when its mappings are read */
	if (g_target_child && (dtp->dt_use_stacks & 6) &&
	    ptrace(PTRACE_SEIZE, g_target, 0, PTRACE_O_TRACEEXIT) == 0)
		g_target_traced = 1;
	release_command();
	while (!g_intr) {
		if (target_gone(dtp))
			break;
		int rc = dt_work(dtp);
		if (rc < 0) {
			msg("processing aborted: %s", dtrace_errmsg(dtp));
			status = 1;
			break;
		}
		if (rc == 1)
			break;
		if (ferror(dtp->dt_out)) {
			status = 1;
			break;
		}
	}
	/* as DTrace: an interrupt starts a new line, even when quiet; this
	 * and what follows go where freopen() last sent the output */
	if (g_intr)
		fprintf(dtp->dt_out, "\n");
	if (dt_stop(dtp) != 0) {
		msg("couldn't stop tracing: %s", dtrace_errmsg(dtp));
		status = 1;
	}
	fprintf(dtp->dt_out, "\n");
	if (dt_agg_print_unprinted(dtp) != 0) {
		msg("failed to print aggregations: %s", dtrace_errmsg(dtp));
		status = 1;
	}
	fflush(dtp->dt_out);
	fflush(out);
	if (dtp->dt_exiting)
		status = dtp->dt_exitstatus;
	dtrace_close(dtp);
	if (out != stdout)
		fclose(out);
	if (g_target_child && g_gofd >= 0) {
		/* never started: do not leave it waiting */
		close(g_gofd);
	}
	return status;
}
