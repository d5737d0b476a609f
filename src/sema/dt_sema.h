/*
 * dt_sema.h -- flags the semantic pass leaves on nodes (dn_flags).
 */
#ifndef DT_SEMA_H
#define DT_SEMA_H

#define DT_NF_CONST    0x01  /* integer constant; value in dn_value */
#define DT_NF_LVAL     0x02  /* names storage */
#define DT_NF_WRITABLE 0x04  /* storage the program may write */
#define DT_NF_ACTION   0x08  /* an action call: records data */

#endif /* DT_SEMA_H */
