/* predicates see the variables that earlier clauses of the same probe
   firing assigned */
#pragma D option quiet

int a[string];

BEGIN { x = 3; s = "yes"; self->t = 1; }
BEGIN /x == 3/ { printf("x is 3\n"); }
BEGIN /x == 4/ { printf("x is 4\n"); }
BEGIN /s == "yes"/ { printf("s is yes\n"); x = 4; }
BEGIN /x == 4/ { printf("now x is 4\n"); }
BEGIN /self->t/ { printf("self->t set\n"); }
BEGIN /!self->t/ { printf("self->t unset\n"); }
BEGIN /a["k"] == 0/ { printf("a[k] unset\n"); }
BEGIN { exit(0); }
