/*
 * dtrace.h -- the library's entry points used by cmd/dtrace.c.
 *
 * The command drives the library through the handle: open, set options,
 * compile programs, enable, load, go, work until done, stop, close.  The
 * library never prints to the terminal nor exits; on failure a function
 * returns -1 (or NULL) and dtrace_errmsg() says why.
 */
#ifndef DTRACE_H
#define DTRACE_H

typedef struct dtrace_hdl dtrace_hdl_t;

#define DTRACE_VERSION "Sun D 1.13"

dtrace_hdl_t *dtrace_open(void);
void dtrace_close(dtrace_hdl_t *);
const char *dtrace_errmsg(dtrace_hdl_t *);

#endif /* DTRACE_H */
