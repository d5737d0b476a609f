/*
 * runcmd -- run a command once and measure it, for bench/startup.
 *
 *   runcmd CMD [ARGS...]
 *
 * Runs CMD with its stdout and stderr sent to /dev/null (stdin is left
 * alone), waits for it with wait4(), and prints one line:
 *
 *   wall_seconds max_rss_kb exit_status
 *
 * wall_seconds  elapsed time from just before fork() to the end of wait4(),
 *               from CLOCK_MONOTONIC, with microsecond resolution
 * max_rss_kb    peak resident set size of the command (ru_maxrss, in KiB)
 * exit_status   the command's exit status, or 128+N if killed by signal N,
 *               or 127 if it could not be executed (the reason goes to
 *               stderr), as in the shell
 *
 * runcmd exits 0 whenever it printed that line, 2 on bad usage or if it
 * could not fork.  Built by bench/startup into build/bench/runcmd.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	int status, err, n, pfd[2];
	pid_t pid;

	if (argc < 2) {
		fprintf(stderr, "usage: runcmd CMD [ARGS...]\n");
		return 2;
	}
	/* The child reports a failed exec through this close-on-exec pipe. */
	if (pipe2(pfd, O_CLOEXEC) != 0) {
		perror("runcmd: pipe2");
		return 2;
	}
	fflush(NULL);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid < 0) {
		perror("runcmd: fork");
		return 2;
	}
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);

		if (fd >= 0) {
			dup2(fd, 1);
			dup2(fd, 2);
			if (fd > 2)
				close(fd);
		}
		execvp(argv[1], argv + 1);
		err = errno;
		(void)!write(pfd[1], &err, sizeof(err));
		_exit(127);
	}
	close(pfd[1]);

	while (wait4(pid, &status, 0, &ru) < 0) {
		if (errno != EINTR) {
			perror("runcmd: wait4");
			return 2;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);

	err = 0;
	do
		n = read(pfd[0], &err, sizeof(err));
	while (n < 0 && errno == EINTR);
	if (n == sizeof(err))
		fprintf(stderr, "runcmd: %s: %s\n", argv[1], strerror(err));

	if (WIFEXITED(status))
		status = WEXITSTATUS(status);
	else if (WIFSIGNALED(status))
		status = 128 + WTERMSIG(status);
	printf("%.6f %ld %d\n",
	    (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9,
	    ru.ru_maxrss, status);
	return 0;
}
