# curpsinfo and curlwpsinfo (psinfo_t, lwpsinfo_t by the D library's
# translators) for a process the test starts, checked against what ps(1)
# and the shell know of it and of its parent: ids, credentials, process
# group and session (inherited from this shell), names, arguments, state.
"$DTRACE" -q -c "$BUILD/tests/progs/workload sleep 1" -n '
syscall::getpgid:entry /pid == $target && (int)arg0 == -4242/ {
	printf("pid %d ppid %d uid %d euid %d gid %d egid %d\n",
	    curpsinfo->pr_pid == $target, curpsinfo->pr_ppid == ppid,
	    curpsinfo->pr_uid, curpsinfo->pr_euid, curpsinfo->pr_gid,
	    curpsinfo->pr_egid);
	printf("pgid %d sid %d nlwp %d addr %d\n", curpsinfo->pr_pgid,
	    curpsinfo->pr_sid, curpsinfo->pr_nlwp,
	    curpsinfo->pr_addr == (uintptr_t)curthread);
	printf("fname %s\npsargs %s\n", curpsinfo->pr_fname,
	    curpsinfo->pr_psargs);
	printf("lwpid %d state %d %c pri-nice %d nice %d onpro %d\n",
	    curlwpsinfo->pr_lwpid == tid, curlwpsinfo->pr_state,
	    curlwpsinfo->pr_sname,
	    curlwpsinfo->pr_pri - curlwpsinfo->pr_nice, curlwpsinfo->pr_nice,
	    curlwpsinfo->pr_onpro == cpu);
}' | sed -e "s|$BUILD|BUILD|" -e "s/pgid $(ps -o pgid= -p $$ | tr -d ' ') /pgid SHELL /" \
    -e "s/sid $(ps -o sid= -p $$ | tr -d ' ') /sid SHELL /" \
    -e "s/nice $(ps -o ni= -p $$ | tr -d ' ') /nice SHELL /" \
    -e "s/uid $(id -u) euid $(id -u) gid $(id -g) egid $(id -g)/uid ME euid ME gid ME egid ME/"
