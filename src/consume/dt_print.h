/*
 * dt_print.h -- print()'s output: a recorded value by its D type.
 */
#ifndef DT_PRINT_H
#define DT_PRINT_H

#include <stdio.h>
#include <stddef.h>
#include "../lib/dt_impl.h"

/*
 * Print the size bytes at p, a value of type t, as DTrace's print() does
 * (mdb's ::print -tn): "type value", a struct or union as one member a
 * line.  A D string or char array recorded as a string holds what follows
 * its NUL as zeros.
 */
void dt_print_value(dtrace_hdl_t *, FILE *, const dt_type_t *t,
    const char *p, size_t size);

#endif /* DT_PRINT_H */
