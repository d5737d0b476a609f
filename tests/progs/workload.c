/*
 * workload -- known events for the live provider tests.
 *
 *   workload syscalls N   N times: pread64(-1, 0, 1234, 5678) (fails with
 *                         EBADF) and getppid(); then one write of "done\n"
 *                         to stdout
 *   workload fork N       forks N children that exit with status 7; waits
 *   workload threads N    starts N threads, one after the other, each
 *                         calling getppid() once; joins each
 *   workload sleep MS     sleeps MS milliseconds, 5 times
 *   workload signal N     sends itself SIGUSR1 N times (handled)
 *   workload io FILE N    writes then reads N 4 KiB blocks of FILE with
 *                         O_DIRECT, so that the block layer sees them
 *   workload read FILE N  reads FILE N times from its start, read(2)
 *                         of 4321 bytes each
 *   workload spin MS      burns CPU for MS milliseconds in functions with
 *                         known names (spin_outer -> spin_inner)
 *   workload loop MS      calls getppid() every millisecond for MS
 *                         milliseconds (a process to stop or signal)
 *   workload copyout N    N times: fills a 16-byte buffer with '.',
 *                         calls pread64(-1, buf, 16, 4545) (fails with
 *                         EBADF, buf untouched) and writes the buffer to
 *                         stdout as a line: what copyout() put there
 *
 * Each mode does its work between two markers the tests can predicate on:
 * a syscall getpgid(-4242) before and getpgid(-4343) after (both fail).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>

static volatile unsigned long sink;

static void
marker(int which)
{
	syscall(SYS_getpgid, which);
}

__attribute__((noinline)) static void
spin_inner(void)
{
	for (int i = 0; i < 100000; i++)
		sink += (unsigned long)i * 7;
}

__attribute__((noinline)) static void
spin_outer(long ms)
{
	struct timespec t0, t;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	do {
		spin_inner();
		clock_gettime(CLOCK_MONOTONIC, &t);
	} while ((t.tv_sec - t0.tv_sec) * 1000 +
	    (t.tv_nsec - t0.tv_nsec) / 1000000 < ms);
}

static void *
thread_main(void *arg)
{
	syscall(SYS_getppid);
	return arg;
}

static void
onsig(int sig)
{
	sink++;
}

int
main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: workload MODE N\n");
		return 2;
	}
	const char *mode = argv[1];
	long n = atol(argv[argc - 1]);

	marker(-4242);
	if (strcmp(mode, "syscalls") == 0) {
		for (long i = 0; i < n; i++) {
			syscall(SYS_pread64, -1, NULL, 1234, 5678);
			syscall(SYS_getppid);
		}
		if (write(1, "done\n", 5) != 5)
			return 1;
	} else if (strcmp(mode, "fork") == 0) {
		for (long i = 0; i < n; i++) {
			pid_t p = fork();
			if (p == 0)
				_exit(7);
			waitpid(p, NULL, 0);
		}
	} else if (strcmp(mode, "threads") == 0) {
		for (long i = 0; i < n; i++) {
			pthread_t t;
			if (pthread_create(&t, NULL, thread_main, NULL) != 0)
				return 1;
			pthread_join(t, NULL);
		}
	} else if (strcmp(mode, "sleep") == 0) {
		struct timespec ts = { n / 1000, (n % 1000) * 1000000 };
		for (int i = 0; i < 5; i++)
			nanosleep(&ts, NULL);
	} else if (strcmp(mode, "signal") == 0) {
		signal(SIGUSR1, onsig);
		for (long i = 0; i < n; i++)
			kill(getpid(), SIGUSR1);
	} else if (strcmp(mode, "io") == 0 && argc == 4) {
		int fd = open(argv[2], O_RDWR | O_CREAT | O_DIRECT | O_TRUNC, 0600);
		void *buf;
		if (fd < 0 || posix_memalign(&buf, 4096, 4096) != 0) {
			perror(argv[2]);
			return 1;
		}
		memset(buf, 'x', 4096);
		for (long i = 0; i < n; i++)
			if (pwrite(fd, buf, 4096, i * 4096) != 4096) {
				perror("pwrite");
				return 1;
			}
		fsync(fd);
		for (long i = 0; i < n; i++)
			if (pread(fd, buf, 4096, i * 4096) != 4096) {
				perror("pread");
				return 1;
			}
		close(fd);
	} else if (strcmp(mode, "read") == 0 && argc == 4) {
		char buf[4321];
		int fd = open(argv[2], O_RDONLY);
		if (fd < 0) {
			perror(argv[2]);
			return 1;
		}
		for (long i = 0; i < n; i++)
			if (lseek(fd, 0, SEEK_SET) != 0 ||
			    read(fd, buf, sizeof(buf)) < 0) {
				perror("read");
				return 1;
			}
		close(fd);
	} else if (strcmp(mode, "spin") == 0) {
		spin_outer(n);
	} else if (strcmp(mode, "loop") == 0) {
		struct timespec ts = { 0, 1000000 };
		for (long i = 0; i < n; i++) {
			syscall(SYS_getppid);
			nanosleep(&ts, NULL);
		}
	} else if (strcmp(mode, "copyout") == 0) {
		char buf[17];
		for (long i = 0; i < n; i++) {
			memset(buf, '.', 16);
			buf[16] = '\n';
			syscall(SYS_pread64, -1, buf, 16, 4545);
			if (write(1, buf, 17) != 17)
				return 1;
		}
	} else {
		fprintf(stderr, "workload: unknown mode %s\n", mode);
		return 2;
	}
	marker(-4343);
	return 0;
}
