/*
 * dt_program.c -- the compile driver: text -> (cpp) -> parse -> sema ->
 * probe matching, for one -n argument or one script.
 *
 * Each program compiles into the handle: its declarations and clauses join
 * those of the programs compiled before it (so several -n and -s share
 * variables, as in DTrace), and each clause's probe descriptions are
 * matched against the providers' probes at once, producing enabled-probe
 * IDs in program order.  Code is generated later, for all programs at
 * once, by dt_enable() (dt_work.c).
 *
 * Errors come back as -1 with the message in dt_errmsg composed the DTrace
 * way: "[D_TAG] " (with -x errtags), then "line N: " for files or
 * "in action list: " / "in predicate: " for -n programs, then the text.
 */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "dt_impl.h"
#include "dtrace.h"

static void
dt_program_pragma(dt_pcb_t *pcb, int line, int argc, char **argv)
{
	dtrace_hdl_t *dtp = pcb->pcb_arg;

	if (argc < 1)
		dt_cerror(pcb, line, D_PRAGMA_MALFORM, "malformed #pragma D");
	if (strcmp(argv[0], "option") == 0) {
		if (argc < 2)
			dt_cerror(pcb, line, D_PRAGMA_MALFORM, "malformed #pragma "
			    "option <option>=<val>");
		if (argc > 2)
			dt_cerror(pcb, line, D_PRAGMA_MALFORM, "superfluous "
			    "arguments specified for #pragma option");
		char *opt = strdup(argv[1]), *val = strchr(opt, '=');
		if (val != NULL)
			*val++ = '\0';
		if (dt_opt_set(dtp, opt, val) != 0) {
			char msg[8192];
			if (val != NULL)
				snprintf(msg, sizeof(msg), "failed to set option "
				    "'%s' to '%s': %s", opt, val, dtp->dt_errmsg);
			else
				snprintf(msg, sizeof(msg), "failed to set option "
				    "'%s': %s", opt, dtp->dt_errmsg);
			free(opt);
			dt_cerror(pcb, line, D_PRAGMA_OPTSET, "%s", msg);
		}
		free(opt);
		return;
	}
	if (strcmp(argv[0], "attributes") == 0 ||
	    strcmp(argv[0], "binding") == 0 ||
	    strcmp(argv[0], "depends_on") == 0)
		return;   /* stability attributes: accepted, not enforced */
	dt_cerror(pcb, line, D_PRAGMA_INVAL, "invalid D pragma: %s", argv[0]);
}

typedef struct dt_matchctx {
	dt_clause_t *mc_clause;
	int mc_count;
} dt_matchctx_t;

static int
dt_program_enable_probe(dtrace_hdl_t *dtp, dt_probe_t *pr, void *arg)
{
	dt_matchctx_t *mc = arg;

	/* one enabled probe per (probe, clause), even if two of the
	 * clause's descriptions name the same probe: a clause's descriptions
	 * are matched one after the other, so the probe remembers the last
	 * clause that enabled it */
	if (pr->pr_lastcl == mc->mc_clause)
		return 0;
	pr->pr_lastcl = mc->mc_clause;
	if (dtp->dt_nepids + 2 > dtp->dt_epidcap) {
		dtp->dt_epidcap = dtp->dt_epidcap ? dtp->dt_epidcap * 2 : 64;
		dtp->dt_epids = realloc(dtp->dt_epids, dtp->dt_epidcap *
		    sizeof(dt_epid_t));
	}
	dt_epid_t *ep = &dtp->dt_epids[++dtp->dt_nepids];
	ep->ep_id = dtp->dt_nepids;
	ep->ep_probe = pr;
	ep->ep_clause = mc->mc_clause;
	pr->pr_enabled = 1;
	mc->mc_count++;
	return 0;
}

/* Run cpp(1) over the program; returns malloc'd output or NULL. */
static char *
dt_program_cpp(dtrace_hdl_t *dtp, const char *text, const char *filename)
{
	char tmpl[] = "/tmp/dtrace-cpp-XXXXXX";
	int fd = mkstemp(tmpl);
	int pfd[2];

	if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text)) {
		dt_set_errmsg(dtp, "failed to run cpp: cannot write temporary "
		    "file");
		if (fd >= 0) {
			close(fd);
			unlink(tmpl);
		}
		return NULL;
	}
	close(fd);
	if (pipe(pfd) != 0) {
		unlink(tmpl);
		dt_set_errmsg(dtp, "failed to run cpp: pipe failed");
		return NULL;
	}
	pid_t pid = fork();
	if (pid == 0) {
		char *argv[256];
		int argc = 0;
		argv[argc++] = "cpp";
		argv[argc++] = "-D__linux__";
		argv[argc++] = "-D__SUNW_D=1";
		argv[argc++] = "-D__SUNW_D_64";
		for (int i = 0; i < dtp->dt_ncppargs && argc < 250; i++)
			argv[argc++] = dtp->dt_cppargs[i];
		argv[argc++] = tmpl;
		argv[argc] = NULL;
		dup2(pfd[1], 1);
		close(pfd[0]);
		close(pfd[1]);
		execvp("cpp", argv);
		_exit(127);
	}
	close(pfd[1]);
	size_t len = 0, cap = 4096;
	char *out = malloc(cap);
	ssize_t n;
	while ((n = read(pfd[0], out + len, cap - len - 1)) > 0) {
		len += (size_t)n;
		if (cap - len < 2) {
			cap *= 2;
			out = realloc(out, cap);
		}
	}
	out[len] = '\0';
	close(pfd[0]);
	int status;
	waitpid(pid, &status, 0);
	unlink(tmpl);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		free(out);
		dt_set_errmsg(dtp, "preprocessor failed%s",
		    WIFEXITED(status) && WEXITSTATUS(status) == 127 ?
		    ": cpp is not installed" : "");
		return NULL;
	}
	/* point line markers back at the user's file name */
	(void)filename;
	return out;
}

/*
 * The D library (dt_dlib.c), declared once per handle before the first
 * program.  An error in it is ours, reported as such.
 */
extern const char dt_dlib_text[];

static int
dt_program_dlib(dtrace_hdl_t *dtp)
{
	dt_pcb_t *pcb;

	if (dtp->dt_dlib_done)
		return 0;
	dtp->dt_dlib_done = 1;
	if ((pcb = calloc(1, sizeof(*pcb))) == NULL)
		return dt_set_errmsg(dtp, "out of memory");
	pcb->pcb_text = dt_dlib_text;
	pcb->pcb_len = strlen(dt_dlib_text);
	pcb->pcb_filename = "<D library>";
	pcb->pcb_arena = dtp->dt_arena;
	pcb->pcb_arg = dtp;
	pcb->pcb_istype = dt_sema_istype;
	pcb->pcb_iskerntype = dt_sema_iskerntype;
	if (setjmp(pcb->pcb_jmp) != 0) {
		dt_set_errmsg(dtp, "internal error in the D library, line %d: "
		    "%s", pcb->pcb_errline, pcb->pcb_errmsg);
		free(pcb);
		return -1;
	}
	dt_sema_program(dtp, pcb, dt_parse_program(pcb));
	free(pcb);
	return 0;
}

int
dt_program_compile(dtrace_hdl_t *dtp, const char *text, const char *filename,
    int cflags, int *matchedp)
{
	if (dt_program_dlib(dtp) != 0)
		return -1;

	dt_pcb_t *pcb = calloc(1, sizeof(*pcb));
	char *volatile cpptext = NULL;
	dt_clause_t **first = dtp->dt_clause_tail;
	int ret = -1;

	if (dtp->dt_cpp) {
		cpptext = dt_program_cpp(dtp, text, filename);
		if (cpptext == NULL) {
			free(pcb);
			return -1;
		}
		text = cpptext;
	}
	pcb->pcb_text = text;
	pcb->pcb_len = strlen(text);
	pcb->pcb_filename = filename;
	pcb->pcb_cflags = cflags;
	pcb->pcb_arena = dtp->dt_arena;
	pcb->pcb_arg = dtp;
	pcb->pcb_istype = dt_sema_istype;
	pcb->pcb_iskerntype = dt_sema_iskerntype;
	pcb->pcb_pragma = dt_program_pragma;

	if (setjmp(pcb->pcb_jmp) != 0) {
		char *m = dtp->dt_errmsg;
		size_t sz = sizeof(dtp->dt_errmsg), o = 0;
		if (dtp->dt_opts.do_errtags)
			o += snprintf(m + o, sz - o, "[%s] ",
			    dt_errtag_name(pcb->pcb_errtag));
		if (filename != NULL && pcb->pcb_errline > 0)
			o += snprintf(m + o, sz - o, "line %d: ", pcb->pcb_errline);
		else if (filename == NULL && pcb->pcb_region != NULL)
			o += snprintf(m + o, sz - o, "in %s: ", pcb->pcb_region);
		snprintf(m + o, sz - o, "%s", pcb->pcb_errmsg);
		dtp->dt_errtag = pcb->pcb_errtag;
		dtp->dt_errline = pcb->pcb_errline;
		goto out;
	}
	dt_node_t *prog = dt_parse_program(pcb);
	free(dtp->dt_argused);
	dtp->dt_argused = dtp->dt_argc > 0 ? calloc((size_t)dtp->dt_argc, 1) :
	    NULL;
	dt_sema_program(dtp, pcb, prog);
	/* as DTrace: the last argument must be used, unless -x argref */
	if (dtp->dt_argc > 1 && !dtp->dt_opts.do_argref &&
	    dtp->dt_argused != NULL && !dtp->dt_argused[dtp->dt_argc - 1]) {
		pcb->pcb_region = NULL;
		dt_cerror(pcb, 0, D_MACRO_UNUSED, "extraneous argument '%s' "
		    "($%d is not referenced)", dtp->dt_argv[dtp->dt_argc - 1],
		    dtp->dt_argc - 1);
	}

	/* match each new clause's descriptions against the probes */
	int matched = 0;
	pcb->pcb_region = NULL;
	for (dt_clause_t *cl = *first; cl != NULL; cl = cl->cl_next) {
		dt_node_t *pd = cl->cl_node->dn_pdescs;
		for (int i = 0; i < cl->cl_npdescs; i++, pd = pd->dn_list) {
			dt_matchctx_t mc = { cl, 0 };
			dt_pdesc_t *d = &cl->cl_pdescs[i];
			int n = dt_probe_iter(dtp, d, dt_program_enable_probe, &mc);
			if (n < 0)
				dt_cerror(pcb, pd->dn_line, D_PDESC_INVAL, "%s",
				    dtp->dt_errmsg);
			if (n == 0 && !dtp->dt_opts.do_zdefs)
				dt_cerror(pcb, pd->dn_line, D_PDESC_ZERO,
				    "probe description %s:%s:%s:%s does not match "
				    "any probes", d->pd_prov, d->pd_mod,
				    d->pd_func, d->pd_name);
			matched += n;
		}
	}
	if (matchedp != NULL)
		*matchedp = matched;
	ret = 0;
out:
	free(cpptext);
	free(pcb);
	return ret;
}
