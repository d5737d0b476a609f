/* constant predicates: nonzero runs the clause, zero does not */
#pragma D option quiet

BEGIN /1/ { printf("one\n"); }
BEGIN /0/ { printf("zero\n"); }
BEGIN /-1/ { printf("minus one\n"); }
BEGIN /2 > 1/ { printf("two > one\n"); }
BEGIN /"a" == "b"/ { printf("a == b\n"); }
BEGIN { exit(0); }
